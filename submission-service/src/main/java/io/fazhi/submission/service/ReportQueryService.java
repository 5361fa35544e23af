package io.fazhi.submission.service;

import io.fazhi.submission.model.TownshipReport;
import io.fazhi.submission.repository.ReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads stored reports. */
@ApplicationScoped
public class ReportQueryService {

    private final ReportRepository reports;

    ReportQueryService(ReportRepository reports) {
        this.reports = reports;
    }

    @Transactional
    public ReportView get(long id) {
        return ReportMapper.toView(load(id));
    }

    @Transactional
    public String text(long id) {
        return load(id).text;
    }

    @Transactional
    public ReportPage list(String area, Integer year, int page, int size) {
        var items = reports.findInArea(area, year, page, size).stream().map(ReportMapper::toView).toList();
        return new ReportPage(items, page, size, reports.countInArea(area, year));
    }

    private TownshipReport load(long id) {
        return reports.findByIdOptional(id).orElseThrow(() -> new ReportNotFoundException(id));
    }
}
