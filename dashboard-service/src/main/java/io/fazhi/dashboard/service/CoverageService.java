package io.fazhi.dashboard.service;

import java.util.List;

import io.fazhi.dashboard.coverage.Coverage;
import io.fazhi.dashboard.coverage.CoverageReport;
import io.fazhi.dashboard.coverage.ExpectedTownship;
import io.fazhi.dashboard.coverage.Submission;
import io.fazhi.dashboard.repository.TownshipYearRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/** Coverage of an area and year: the registry's townships against the reports in the read model. */
@ApplicationScoped
public class CoverageService {

    private final TownshipRegistryClient registry;
    private final TownshipYearRepository townshipYears;

    CoverageService(TownshipRegistryClient registry, TownshipYearRepository townshipYears) {
        this.registry = registry;
        this.townshipYears = townshipYears;
    }

    public CoverageView coverage(String area, int year) {
        List<ExpectedTownship> expected = registry.townships(area); // first: a 503 touches no database
        List<Submission> submissions = QuarkusTransaction.requiringNew().call(() -> townshipYears
                .submissions(area, year).stream()
                .map(s -> new Submission(s.townshipCode(), s.township(), s.reportVersion(), s.submittedAt(), s.late()))
                .toList());
        CoverageReport r = Coverage.compute(expected, submissions);
        return new CoverageView(area, year, r.expected(), r.submitted(), r.onTime(), r.late(), r.missing(),
                r.notInRegistry(), r.reportingRate(), r.onTimeRate(), r.submittedTownships(), r.lateTownships(),
                r.missingTownships(), r.notInRegistryTownships());
    }
}
