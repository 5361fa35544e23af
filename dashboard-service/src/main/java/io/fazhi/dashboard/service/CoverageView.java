package io.fazhi.dashboard.service;

import java.util.List;

import io.fazhi.dashboard.coverage.ExpectedTownship;
import io.fazhi.dashboard.coverage.Submission;

/**
 * Completeness and timeliness of an area's reports in a year: expected (from the registry) = submitted + missing;
 * submitted = onTime + late; rates are shares of the expected. A report counts as submitted once submission-service
 * stored it (ReportStatusChanged), extracted or not; {@code returned} and {@code accepted} count the county's
 * decisions on the latest versions, {@code awaitingExtraction} the reports whose indicators are not yet in the
 * read model. Units reporting without being in the registry are listed in {@code notInRegistry}.
 */
public record CoverageView(String area, int year, int expected, int submitted, int onTime, int late, int missing,
        int notInRegistry, int returned, int accepted, int awaitingExtraction, Double reportingRate,
        Double onTimeRate, List<Submission> submittedTownships, List<Submission> lateTownships,
        List<ExpectedTownship> missingTownships, List<Submission> notInRegistryTownships,
        List<Submission> returnedTownships, List<Submission> awaitingExtractionTownships) {
}
