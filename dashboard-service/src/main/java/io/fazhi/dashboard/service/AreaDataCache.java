package io.fazhi.dashboard.service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.fazhi.commons.status.Publication;
import io.fazhi.dashboard.repository.DataVersion;
import io.fazhi.dashboard.repository.ReadingRow;
import io.fazhi.dashboard.repository.TownshipYearRepository;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The read model of recently ranked areas and years, held with its data version: a ranking asked with new weights or
 * a new method for a province reuses the 70,000 readings already read instead of reading them again. Callers run in a
 * transaction; the version is read before the data, so a held copy is never newer than its version says. Where the
 * area publishes accepted values only ({@link Publication}), the townships whose report is not accepted are left out.
 */
@ApplicationScoped
public class AreaDataCache {

    private static final int MAX_ENTRIES = 64;

    private record Key(String area, int year) {
    }

    private record Held(DataVersion version, AreaData data) {
    }

    private final Map<Key, Held> held = new ConcurrentHashMap<>();
    private final TownshipYearRepository townshipYears;
    private final Publication publication;

    AreaDataCache(TownshipYearRepository townshipYears, Publication publication) {
        this.townshipYears = townshipYears;
        this.publication = publication;
    }

    public AreaData load(String area, int year) {
        DataVersion version = townshipYears.version(area, year, year);
        AreaData current = heldIfCurrent(area, year, version);
        if (current != null) {
            return current;
        }
        AreaData data = of(area, year, townshipYears.readings(area, year));
        if (held.size() >= MAX_ENTRIES) {
            held.clear();
        }
        held.put(new Key(area, year), new Held(version, data));
        return data;
    }

    /**
     * One indicator's readings of an area and year: the held area data when it is current, else only that key's
     * rows (2,000 for a province instead of 70,000), read and not held, so that a ranking by one indicator recomputed
     * at every change of its area costs one indicator's worth of reading.
     */
    public AreaData load(String area, int year, String key) {
        AreaData current = heldIfCurrent(area, year, townshipYears.version(area, year, year));
        return current != null ? current : of(area, year, townshipYears.readings(area, year, key));
    }

    /**
     * One count indicator's values divided by each township's stated villages (per_village, computed by
     * indicator-service), for the townships that state a village count; read and not held.
     */
    public AreaData loadPerVillage(String area, int year, String key) {
        return of(area, year, townshipYears.perVillageReadings(area, year, key));
    }

    private AreaData heldIfCurrent(String area, int year, DataVersion version) {
        Held h = held.get(new Key(area, year));
        return h != null && h.version().equals(version) ? h.data() : null;
    }

    /** The rows as the engine takes them: only the publishable ones where the area publishes accepted values only. */
    private AreaData of(String area, int year, List<ReadingRow> rows) {
        return publication.touches(area) ? published(area, year, rows) : AreaData.of(area, year, rows);
    }

    /** Only the readings of townships whose values may be published, naming the ones withheld. */
    private AreaData published(String area, int year, List<ReadingRow> rows) {
        Publication.Published published = publication.of(area, year);
        java.util.Set<String> shown = new java.util.HashSet<>();
        java.util.List<PublicationView.Withheld> withheld = new java.util.ArrayList<>();
        for (var s : townshipYears.submissions(area, year)) {
            if (published.publishes(s.townshipCode(), s.reportVersion())) {
                shown.add(s.townshipCode());
            } else {
                withheld.add(new PublicationView.Withheld(s.townshipCode(), s.township(), s.reportVersion()));
            }
        }
        return AreaData.of(area, year, rows.stream().filter(r -> shown.contains(r.townshipCode())).toList(),
                new PublicationView(withheld));
    }
}
