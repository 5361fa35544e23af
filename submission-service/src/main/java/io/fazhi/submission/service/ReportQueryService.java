package io.fazhi.submission.service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.fazhi.submission.files.StoredFile;
import io.fazhi.submission.model.ReportFile;
import io.fazhi.submission.model.TownshipReport;
import io.fazhi.submission.repository.ReportFileRepository;
import io.fazhi.submission.repository.ReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads stored reports and their original files, as far as the caller may (see {@link ReportAccess}). */
@ApplicationScoped
public class ReportQueryService {

    private final ReportRepository reports;
    private final ReportFileRepository files;
    private final ReportConversions mapper;
    private final ReportAccess access;

    ReportQueryService(ReportRepository reports, ReportFileRepository files, ReportConversions mapper, ReportAccess access) {
        this.reports = reports;
        this.files = files;
        this.mapper = mapper;
        this.access = access;
    }

    @Transactional
    public ReportView get(long id) {
        TownshipReport report = load(id);
        access.requireMetadataOf(report.townshipCode);
        return mapper.toView(report);
    }

    @Transactional
    public String text(long id) {
        TownshipReport report = load(id);
        access.requireTextOf(report.townshipCode);
        return report.text;
    }

    /** The uploaded original, byte for byte. */
    @Transactional
    public StoredFile file(long id) {
        access.requireTextOf(load(id).townshipCode);
        ReportFile file = files.findByIdOptional(id).orElseThrow(() -> new ReportNotFoundException(
                "Report " + id + " was submitted as JSON text; it has no uploaded file."));
        return new StoredFile(file.filename, file.contentType, file.content);
    }

    /** A page of the reports in {@code area} (null: every area the caller may list). */
    @Transactional
    public ReportPage list(String requestedArea, Integer year, int page, int size) {
        String area = access.listScope(requestedArea);
        List<TownshipReport> found = reports.findInArea(area, year, page, size);
        Map<Long, ReportFile> withFiles = found.isEmpty() ? Map.of()
                : files.list("reportId in ?1", found.stream().map(r -> r.id).toList()).stream()
                        .collect(Collectors.toMap(f -> f.reportId, Function.identity()));
        var items = found.stream().map(r -> mapper.toView(r, withFiles.get(r.id))).toList();
        return new ReportPage(items, page, size, reports.countInArea(area, year));
    }

    private TownshipReport load(long id) {
        return reports.findByIdOptional(id).orElseThrow(() -> new ReportNotFoundException(id));
    }
}
