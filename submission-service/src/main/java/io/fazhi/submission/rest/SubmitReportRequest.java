package io.fazhi.submission.rest;

import io.fazhi.submission.service.SubmitReportCommand;

/** The JSON form of a submission. */
public record SubmitReportRequest(String townshipCode, String township, String county, Integer year, String title,
        String text) {

    SubmitReportCommand toCommand() {
        return new SubmitReportCommand(townshipCode, township, county, year, title, text);
    }
}
