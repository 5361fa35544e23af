package io.fazhi.submission.service;

import io.fazhi.submission.files.OriginalFile;

/**
 * What a township (or the county on its behalf) submits. Fields other than the text may be missing and are then
 * read from the text; {@code file} is the uploaded original, null for a JSON submission.
 */
public record SubmitReportCommand(String townshipCode, String township, String county, Integer year, String title,
        String text, OriginalFile file) {

    public SubmitReportCommand(String townshipCode, String township, String county, Integer year, String title,
            String text) {
        this(townshipCode, township, county, year, title, text, null);
    }
}
