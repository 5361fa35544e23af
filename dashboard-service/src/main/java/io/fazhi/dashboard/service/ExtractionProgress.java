package io.fazhi.dashboard.service;

import java.util.Optional;

import io.fazhi.dashboard.repository.TownshipYearRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Whether a report version's indicators reached the read model yet, and how many values it holds. */
@ApplicationScoped
public class ExtractionProgress {

    /** A version read: the values the read model holds for it. */
    public record Read(int reportVersion, int values) {
    }

    private final TownshipYearRepository townshipYears;

    ExtractionProgress(TownshipYearRepository townshipYears) {
        this.townshipYears = townshipYears;
    }

    @Transactional
    public Optional<Read> of(String townshipCode, int year, int version) {
        return townshipYears.find(townshipCode, year).filter(t -> t.reportVersion >= version)
                .map(t -> new Read(t.reportVersion, townshipYears.readingsWithEvidence(townshipCode, year).size()));
    }
}
