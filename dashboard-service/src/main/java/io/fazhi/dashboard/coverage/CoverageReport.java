package io.fazhi.dashboard.coverage;

import java.util.List;

/**
 * Completeness and timeliness of an area's reports in a year, as DHIS2 reports them: expected = submitted + missing,
 * submitted = onTime + late, counted over the townships the registry expects; rates are shares of the expected
 * (null when none is expected). Reports of units the registry does not list are counted apart in
 * {@code notInRegistry}. Of the submitted, {@code returned} and {@code accepted} are the county's decisions on the
 * latest version, {@code awaitingExtraction} those whose indicators have not reached the read model (still being
 * read, or stuck in a dead-letter topic). Every list is ordered by code.
 */
public record CoverageReport(int expected, int submitted, int onTime, int late, int missing, int notInRegistry,
        int returned, int accepted, int awaitingExtraction, Double reportingRate, Double onTimeRate,
        List<Submission> submittedTownships, List<Submission> lateTownships, List<ExpectedTownship> missingTownships,
        List<Submission> notInRegistryTownships, List<Submission> returnedTownships,
        List<Submission> awaitingExtractionTownships) {
}
