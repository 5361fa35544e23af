package io.fazhi.dashboard.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fazhi.dashboard.coverage.Coverage;
import io.fazhi.dashboard.coverage.CoverageReport;
import io.fazhi.dashboard.coverage.ExpectedTownship;
import io.fazhi.dashboard.coverage.Submission;
import io.fazhi.commons.status.ReportStatus;
import io.fazhi.commons.status.ReportStatuses;
import io.fazhi.dashboard.repository.SubmissionRow;
import io.fazhi.dashboard.repository.TownshipYearRepository;
import io.fazhi.dashboard.suite.TownshipRegistryClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Coverage of an area and year: the registry's townships against the reports submission-service told of
 * (ReportStatusChanged), joined with the read model for what was extracted; a report the read model holds but no
 * status event told of (stored before statuses were published) counts from the read model.
 */
@ApplicationScoped
public class CoverageService {

    private final TownshipRegistryClient registry;
    private final TownshipYearRepository townshipYears;
    private final ReportStatuses statuses;

    CoverageService(TownshipRegistryClient registry, TownshipYearRepository townshipYears,
            ReportStatuses statuses) {
        this.statuses = statuses;
        this.registry = registry;
        this.townshipYears = townshipYears;
    }

    public CoverageView coverage(String area, int year) {
        List<ExpectedTownship> expected = registry.townships(area); // first: a 503 touches no database
        List<Submission> submissions = QuarkusTransaction.requiringNew().call(() -> submissions(area, year));
        CoverageReport r = Coverage.compute(expected, submissions);
        return new CoverageView(area, year, r.expected(), r.submitted(), r.onTime(), r.late(), r.missing(),
                r.notInRegistry(), r.returned(), r.accepted(), r.awaitingExtraction(), r.reportingRate(),
                r.onTimeRate(), r.submittedTownships(), r.lateTownships(), r.missingTownships(),
                r.notInRegistryTownships(), r.returnedTownships(), r.awaitingExtractionTownships());
    }

    private List<Submission> submissions(String area, int year) {
        Map<String, SubmissionRow> extracted = new HashMap<>();
        townshipYears.submissions(area, year).forEach(s -> extracted.put(s.townshipCode(), s));
        List<Submission> all = new ArrayList<>();
        for (ReportStatus s : statuses.inArea(area, year)) {
            SubmissionRow read = extracted.remove(s.townshipCode);
            all.add(new Submission(s.townshipCode, s.township, s.reportVersion, s.submittedAt, s.late, s.status,
                    read != null && read.reportVersion() >= s.reportVersion));
        }
        extracted.values().forEach(s -> all.add(new Submission(s.townshipCode(), s.township(), s.reportVersion(),
                s.submittedAt(), s.late())));
        return all;
    }
}
