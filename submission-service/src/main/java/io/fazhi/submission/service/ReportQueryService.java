package io.fazhi.submission.service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.fazhi.submission.model.ReportFile;
import io.fazhi.submission.model.TownshipReport;
import io.fazhi.submission.repository.ReportFileRepository;
import io.fazhi.submission.repository.ReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads stored reports and their original files. */
@ApplicationScoped
public class ReportQueryService {

    private final ReportRepository reports;
    private final ReportFileRepository files;
    private final ReportMapper mapper;

    ReportQueryService(ReportRepository reports, ReportFileRepository files, ReportMapper mapper) {
        this.reports = reports;
        this.files = files;
        this.mapper = mapper;
    }

    @Transactional
    public ReportView get(long id) {
        return mapper.toView(load(id));
    }

    @Transactional
    public String text(long id) {
        return load(id).text;
    }

    /** The uploaded original, byte for byte. */
    @Transactional
    public StoredFile file(long id) {
        load(id);
        ReportFile file = files.findByIdOptional(id).orElseThrow(() -> new ReportNotFoundException(
                "Report " + id + " was submitted as JSON text; it has no uploaded file."));
        return new StoredFile(file.filename, file.contentType, file.content);
    }

    @Transactional
    public ReportPage list(String area, Integer year, int page, int size) {
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
