package io.fazhi.submission.service;

import java.time.Clock;

import io.fazhi.submission.model.TownshipOverride;
import io.fazhi.submission.registry.Township;
import io.fazhi.submission.registry.TownshipPage;
import io.fazhi.submission.registry.TownshipRegistry;
import io.fazhi.submission.repository.TownshipOverrideRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads the registry and records counties' additions and renames; history is kept, nothing is overwritten. */
@ApplicationScoped
public class TownshipAdminService {

    private final TownshipDirectory directory;
    private final TownshipOverrideRepository overrides;
    private final AreaAdminPolicy admins;
    private final Clock clock;

    TownshipAdminService(TownshipDirectory directory, TownshipOverrideRepository overrides, AreaAdminPolicy admins,
            Clock clock) {
        this.directory = directory;
        this.overrides = overrides;
        this.admins = admins;
        this.clock = clock;
    }

    public TownshipPage search(String area, String q, int page, int size) {
        return directory.registry().search(area, q, page, size);
    }

    public Township get(String code) {
        return directory.registry().byCode(code).orElseThrow(() -> new TownshipNotFoundException(code));
    }

    /** Adds a unit under a county the registry knows; its kind follows from the code unless given. */
    @Transactional
    public Township add(TownshipChange change) {
        admins.requireAdminOf(change.code());
        requireVisibleName(change.name());
        TownshipRegistry registry = directory.registry();
        if (registry.byCode(change.code()).isPresent() || pending(change.code())) {
            throw new TownshipConflictException("Code " + change.code() + " is already in the registry; rename it "
                    + "with PUT instead.");
        }
        Township county = registry.anyInCounty(change.code().substring(0, 6))
                .orElseThrow(() -> new TownshipNotFoundException(change.code().substring(0, 6) + " (county)"));
        requireNameFree(registry, change.code(), change.name(), county.countyCode());
        TownshipOverride row = row(change, TownshipOverride.ADDED);
        row.kind = change.kind() == null || change.kind().isBlank() ? Township.kindOf(change.code()) : change.kind();
        row.countyCode = county.countyCode();
        row.county = county.county();
        row.cityCode = county.cityCode();
        row.city = county.city();
        row.provinceCode = county.provinceCode();
        row.province = county.province();
        return record(row);
    }

    /** Renames a unit; its former names keep resolving to it. */
    @Transactional
    public Township rename(String code, TownshipChange change) {
        admins.requireAdminOf(code);
        requireVisibleName(change.name());
        TownshipRegistry registry = directory.registry();
        Township unit = registry.byCode(code).orElseThrow(() -> new TownshipNotFoundException(code));
        if (unit.name().equals(TownshipRegistry.compact(change.name()))) {
            return unit;
        }
        requireNameFree(registry, code, change.name(), unit.countyCode());
        TownshipOverride row = row(new TownshipChange(code, change.name(), unit.kind(), change.validFrom(),
                change.note()), TownshipOverride.RENAMED);
        row.kind = unit.kind();
        row.countyCode = unit.countyCode();
        row.county = unit.county();
        row.cityCode = unit.cityCode();
        row.city = unit.city();
        row.provinceCode = unit.provinceCode();
        row.province = unit.province();
        return record(row);
    }

    private Township record(TownshipOverride row) {
        overrides.persist(row);
        overrides.flush();
        directory.reload();
        // a change dated in the future is recorded but not yet in force
        return directory.registry().byCode(row.code).orElseGet(() -> TownshipDirectory.apply(null, row));
    }

    private TownshipOverride row(TownshipChange change, String type) {
        TownshipOverride row = new TownshipOverride();
        row.code = change.code();
        row.changeType = type;
        row.name = TownshipRegistry.compact(change.name());
        row.validFrom = change.validFrom() == null ? directory.today() : change.validFrom();
        row.recordedAt = clock.instant();
        row.recordedBy = admins.actor();
        row.note = change.note();
        return row;
    }

    private boolean pending(String code) {
        return overrides.count("code", code) > 0;
    }

    /** A name of spaces alone (U+00A0 passes as not blank) would match everywhere in every report text. */
    private static void requireVisibleName(String name) {
        if (TownshipRegistry.compact(name).codePoints().noneMatch(Character::isLetter)) {
            throw new InvalidRequestException("name", "must contain letters");
        }
    }

    /** Within a county no two units share a name, so that name + county always resolves. */
    private static void requireNameFree(TownshipRegistry registry, String code, String name, String countyCode) {
        registry.named(name).stream()
                .filter(t -> t.countyCode().equals(countyCode) && !t.code().equals(code))
                .findFirst()
                .ifPresent(t -> {
                    throw new TownshipConflictException("'" + TownshipRegistry.compact(name) + "' is already the name of "
                            + t.code() + " in " + t.county() + ".");
                });
    }
}
