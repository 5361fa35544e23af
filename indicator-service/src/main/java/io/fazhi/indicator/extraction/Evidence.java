package io.fazhi.indicator.extraction;

/** The sentence a value came from and the offsets of the mention in the submitted text. */
public record Evidence(String quote, int start, int end) {
}
