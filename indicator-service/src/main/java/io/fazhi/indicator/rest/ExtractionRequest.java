package io.fazhi.indicator.rest;

/** The JSON form of an extraction request. */
public record ExtractionRequest(String text) {
}
