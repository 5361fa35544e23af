package io.fazhi.submission.service;

import java.time.LocalDate;

/** A county's addition (code, name, optional kind) or rename (name) of a unit, in force from {@code validFrom}. */
public record TownshipChange(String code, String name, String kind, LocalDate validFrom, String note) {
}
