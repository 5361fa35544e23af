package io.fazhi.submission.detection;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.fazhi.submission.registry.Township;

/**
 * What a report says about itself. {@code township} is set when the text names exactly one unit; when it names a
 * unit that several counties have and nothing decides, {@code township} is null and {@code candidates} lists them.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Detection(Detected<String> township, Detected<String> county, Detected<Integer> year,
        Detected<String> documentNumber, Detected<String> signer, List<Township> candidates,
        Evidence townshipMention) {

    public Detection {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public static Detection none() {
        return new Detection(null, null, null, null, null, List.of(), null);
    }

    /** The same reading without the candidate list, as stored with a report. */
    public Detection withoutCandidates() {
        return new Detection(township, county, year, documentNumber, signer, List.of(), townshipMention);
    }
}
