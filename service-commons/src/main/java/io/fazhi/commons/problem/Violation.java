package io.fazhi.commons.problem;

/** One field of a request that is missing or invalid, and why. */
public record Violation(String field, String message) {
}
