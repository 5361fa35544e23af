package io.fazhi.submission.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import io.fazhi.submission.config.SubmissionConfig;
import io.fazhi.submission.model.TownshipOverride;
import io.fazhi.submission.registry.Township;
import io.fazhi.submission.registry.TownshipCsv;
import io.fazhi.submission.registry.TownshipRegistry;
import io.fazhi.submission.repository.TownshipOverrideRepository;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

/**
 * The township registry in force: the bundled edition, loaded once at start, with the counties' additions and
 * renames from the database laid over it. Rebuilt when a change is recorded here, and checked periodically so that
 * every instance picks up changes recorded by another (and renames whose date has come).
 */
@ApplicationScoped
public class TownshipDirectory {

    private static final Logger LOG = Logger.getLogger(TownshipDirectory.class);

    private final TownshipOverrideRepository overrides;
    private final Clock clock;
    private final SubmissionConfig config;
    private volatile TownshipRegistry edition;
    private volatile TownshipRegistry current;
    private volatile long appliedChange = -1;
    private volatile LocalDate appliedDay;

    TownshipDirectory(TownshipOverrideRepository overrides, Clock clock, SubmissionConfig config) {
        this.overrides = overrides;
        this.clock = clock;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        registry();
    }

    /** The registry as it stands now. */
    public TownshipRegistry registry() {
        TownshipRegistry r = current;
        if (r == null) {
            synchronized (this) {
                if (current == null) {
                    long started = System.nanoTime();
                    edition = TownshipRegistry.of(TownshipCsv.bundled());
                    LOG.infof("Township registry: %d units of the bundled edition indexed in %d ms", edition.size(),
                            (System.nanoTime() - started) / 1_000_000);
                    reload();
                }
                r = current;
            }
        }
        return r;
    }

    @Scheduled(every = "${fazhi.registry.refresh-every:60s}", delayed = "${fazhi.registry.refresh-every:60s}")
    @Transactional
    void refreshIfChanged() {
        if (current != null && (overrides.latestId() != appliedChange
                || !today().equals(appliedDay))) {
            reload();
        }
    }

    /** Lays the recorded changes in force today over the edition. */
    @Transactional
    public synchronized void reload() {
        List<TownshipOverride> rows = overrides.inOrder();
        LocalDate today = today();
        Map<String, Township> changed = new HashMap<>();
        long latest = 0;
        for (TownshipOverride row : rows) {
            latest = Math.max(latest, row.id);
            if (row.validFrom.isAfter(today)) {
                continue;
            }
            Township before = changed.containsKey(row.code) ? changed.get(row.code) : edition.byCode(row.code).orElse(null);
            changed.put(row.code, apply(before, row));
        }
        current = edition.withChanges(changed.values());
        appliedChange = latest;
        appliedDay = today;
    }

    static Township apply(Township before, TownshipOverride row) {
        if (before != null) {
            return before.renamed(row.name, row.validFrom);
        }
        return new Township(row.code, row.name, row.kind, row.countyCode, row.county, row.cityCode, row.city,
                row.provinceCode, row.province, List.of(), row.validFrom);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }
}
