package io.fazhi.submission.registry;

import java.util.List;

/** One page of registry units. */
public record TownshipPage(List<Township> items, int page, int size, long total) {
}
