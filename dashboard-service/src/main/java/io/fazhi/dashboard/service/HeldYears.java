package io.fazhi.dashboard.service;

import java.util.List;

import io.fazhi.dashboard.repository.CountyYear;
import io.fazhi.dashboard.repository.TownshipYearRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The counties and years the read model holds: where the pages start. */
@ApplicationScoped
public class HeldYears {

    private final TownshipYearRepository townshipYears;

    HeldYears(TownshipYearRepository townshipYears) {
        this.townshipYears = townshipYears;
    }

    @Transactional
    public List<CountyYear> list() {
        return townshipYears.countyYears();
    }
}
