package io.fazhi.indicator.repository;

import java.util.List;

import io.fazhi.indicator.model.ValueCorrection;
import io.fazhi.indicator.model.ValueCorrection.Status;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Reviewers' corrections, per township and year. */
@ApplicationScoped
public class CorrectionRepository implements PanacheRepository<ValueCorrection> {

    /** The corrections applied to a report, oldest first. */
    public List<ValueCorrection> active(String townshipCode, int year) {
        return list("townshipCode = ?1 and year = ?2 and status = ?3 order by id", townshipCode, year, Status.ACTIVE);
    }

    /** Every correction of a report, oldest first. */
    public List<ValueCorrection> all(String townshipCode, int year) {
        return list("townshipCode = ?1 and year = ?2 order by id", townshipCode, year);
    }

    /** Corrections back in the review queue in an area (their words left a new report version). */
    public List<ValueCorrection> queued(String areaPrefix, int year) {
        return list("townshipCode like ?1 and year = ?2 and status = ?3 order by townshipCode, id", areaPrefix + "%",
                year, Status.QUEUED);
    }
}
