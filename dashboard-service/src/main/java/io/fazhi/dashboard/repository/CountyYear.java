package io.fazhi.dashboard.repository;

/** A county and a year the read model holds reports of, with how many townships reported. */
public record CountyYear(String countyCode, String county, int year, long townships) {
}
