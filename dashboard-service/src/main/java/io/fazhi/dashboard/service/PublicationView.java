package io.fazhi.dashboard.service;

import java.util.List;

/**
 * How a ranking of an area that publishes accepted values only was published: the townships left out because the
 * county has not accepted the report version their values come from (submitted, returned, or answered with a new
 * version). Null in a ranking of an area that publishes every value.
 */
public record PublicationView(String rule, List<Withheld> withheld) {

    public static final String ACCEPTED_ONLY = "accepted-only";

    PublicationView(List<Withheld> withheld) {
        this(ACCEPTED_ONLY, List.copyOf(withheld));
    }

    /** A township whose values wait for the county's acceptance. */
    public record Withheld(String townshipCode, String township, int reportVersion) {
    }
}
