package io.fazhi.indicator.repository;

import java.util.List;

import io.fazhi.indicator.model.AuditEntry;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The review audit trail: appended to, never rewritten. */
@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {

    /** Every step of a report's review, in the order it happened. */
    public List<AuditEntry> trail(String townshipCode, int year) {
        return list("townshipCode = ?1 and year = ?2 order by id", townshipCode, year);
    }
}
