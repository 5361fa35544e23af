package io.fazhi.dashboard.repository;

import java.util.List;

import io.fazhi.dashboard.model.ParkedReading;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Readings of locked years, waiting for the unlock. */
@ApplicationScoped
public class ParkedReadingRepository implements PanacheRepository<ParkedReading> {

    /** Those of townships inside the area in the year, in arrival order. */
    public List<ParkedReading> inArea(String area, int year) {
        return list("year = ?1 and townshipCode like ?2 order by id", year, area + "%");
    }
}
