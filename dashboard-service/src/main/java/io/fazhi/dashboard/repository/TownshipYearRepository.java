package io.fazhi.dashboard.repository;

import java.util.List;
import java.util.Optional;

import io.fazhi.dashboard.model.IndicatorReading;
import io.fazhi.dashboard.model.TownshipYear;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The read model: one row per township and year, with its readings. */
@ApplicationScoped
public class TownshipYearRepository implements PanacheRepository<TownshipYear> {

    public Optional<TownshipYear> find(String townshipCode, int year) {
        return find("townshipCode = ?1 and year = ?2", townshipCode, year).firstResultOptional();
    }

    /** Readings of one indicator across an area (2, 4, 6 or 9-digit prefix) in a year. */
    public List<IndicatorReading> readings(String areaPrefix, int year, String key) {
        return getEntityManager().createQuery("select r from IndicatorReading r join fetch r.townshipYear t "
                + "where t.townshipCode like :area and t.year = :year and r.key = :key", IndicatorReading.class)
                .setParameter("area", areaPrefix + "%").setParameter("year", year).setParameter("key", key)
                .getResultList();
    }
}
