package io.fazhi.submission.rest;

import java.time.LocalDate;

import io.fazhi.submission.service.TownshipChange;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A county's addition (POST: code, name, optional kind) or rename (PUT: name) of a unit; {@code validFrom} defaults
 * to today, {@code note} cites the approval (e.g. 民政部门批复文号).
 */
public record TownshipChangeRequest(
        @Pattern(regexp = "\\d{9}", message = "must be the 9-digit statistical division code") String code,
        @NotBlank @Size(max = 100)
        @Pattern(regexp = "[^\\p{Cc}\\p{Cf}]*", message = "must not contain control or format characters") String name,
        @Pattern(regexp = "街道|镇|乡|other", message = "must be 街道, 镇, 乡 or other") String kind,
        LocalDate validFrom,
        @Size(max = 500)
        @Pattern(regexp = "[^\\u0000]*", message = "must not contain the NUL character (U+0000)") String note) {

    TownshipChange toChange(String pathCode) {
        return new TownshipChange(pathCode != null ? pathCode : code, name, kind, validFrom, note);
    }
}
