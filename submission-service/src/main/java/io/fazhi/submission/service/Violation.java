package io.fazhi.submission.service;

/** One field of a request that is missing or invalid, and why. */
public record Violation(String field, String message) {
}
