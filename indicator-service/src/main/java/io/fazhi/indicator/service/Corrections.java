package io.fazhi.indicator.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fazhi.indicator.event.IndicatorsComputed.ComputedIndicator;
import io.fazhi.indicator.event.IndicatorsComputed.Quote;
import io.fazhi.indicator.extraction.Catalog;
import io.fazhi.indicator.model.ValueCorrection;

/**
 * Lays the active corrections of a report over the machine's values: a reviewer's value wins. Confirm keeps the
 * machine's value and marks it reviewed; correct replaces it (or adds it, when a new extraction no longer reads it);
 * add puts in a value the machine missed; remove takes one out. Later corrections of the same key come later in the
 * list and win.
 */
final class Corrections {

    private Corrections() {
    }

    static List<ComputedIndicator> apply(List<ComputedIndicator> machine, List<ValueCorrection> active,
            Catalog catalog) {
        Map<String, ComputedIndicator> byKey = new LinkedHashMap<>();
        machine.forEach(v -> byKey.put(v.key(), v));
        for (ValueCorrection c : active) {
            ComputedIndicator held = byKey.get(c.key);
            List<Quote> words = c.quote == null ? null : List.of(new Quote(c.quote, c.quoteStart, c.quoteEnd));
            switch (c.action) {
                case REMOVE -> byKey.remove(c.key);
                case CONFIRM -> {
                    if (held != null) {
                        byKey.put(c.key, held.reviewed(held.value(), held.approx(), words == null ? held.evidence()
                                : words, c.reviewer, c.reason));
                    }
                }
                case CORRECT, ADD -> {
                    ComputedIndicator base = held != null ? held
                            : ExtractionConversions.indicator(catalog, c.key, c.value, c.approx, null, null, List.of());
                    byKey.put(c.key, base.reviewed(c.value, c.approx, words == null ? base.evidence() : words,
                            c.reviewer, c.reason));
                }
                default -> throw new IllegalStateException("unknown action " + c.action);
            }
        }
        return new ArrayList<>(byKey.values());
    }
}
