package io.fazhi.submission.service;

/** What a township (or the county on its behalf) submits. Fields other than the text may be missing. */
public record SubmitReportCommand(String townshipCode, String township, String county, Integer year, String title,
        String text) {
}
