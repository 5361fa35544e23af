package io.fazhi.dashboard.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.fazhi.dashboard.repository.DataVersion;
import io.fazhi.dashboard.repository.TownshipYearRepository;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The read model of recently ranked areas and years, held with its data version: a ranking asked with new weights or
 * a new method for a province reuses the 70,000 readings already read instead of reading them again. Callers run in a
 * transaction; the version is read before the data, so a held copy is never newer than its version says.
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

    AreaDataCache(TownshipYearRepository townshipYears) {
        this.townshipYears = townshipYears;
    }

    public AreaData load(String area, int year) {
        Key key = new Key(area, year);
        DataVersion version = townshipYears.version(area, year, year);
        Held h = held.get(key);
        if (h != null && h.version().equals(version)) {
            return h.data();
        }
        AreaData data = AreaData.of(area, year, townshipYears.readings(area, year));
        if (held.size() >= MAX_ENTRIES) {
            held.clear();
        }
        held.put(key, new Held(version, data));
        return data;
    }
}
