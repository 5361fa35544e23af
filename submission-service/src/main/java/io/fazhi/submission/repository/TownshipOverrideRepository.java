package io.fazhi.submission.repository;

import java.util.List;

import io.fazhi.submission.model.TownshipOverride;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/** County changes to the township registry, oldest first. */
@ApplicationScoped
public class TownshipOverrideRepository implements PanacheRepository<TownshipOverride> {

    public List<TownshipOverride> inOrder() {
        return listAll(Sort.by("validFrom").and("id"));
    }

    public long latestId() {
        Long max = getEntityManager().createQuery("select max(o.id) from TownshipOverride o", Long.class)
                .getSingleResult();
        return max == null ? 0 : max;
    }
}
