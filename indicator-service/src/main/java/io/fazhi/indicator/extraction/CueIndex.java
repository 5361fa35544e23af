package io.fazhi.indicator.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every occurrence of every cue word in one text, found in a single pass, so that the nearest cue to each of
 * dozens of quantities is a binary search instead of a rescan of its sentence.
 */
final class CueIndex {

    private static final int[] NONE = new int[0];

    /** The cue words of a catalog, grouped by first char; built once per extractor. */
    static final class Words {
        private final Map<Character, List<String>> byFirstChar = new HashMap<>();
        /** First chars of all words: most chars of a text open no cue and are skipped without a map lookup. */
        private final BitSet firstChars = new BitSet(Character.MAX_VALUE + 1);

        Words(Collection<String> words) {
            Set<String> unique = new LinkedHashSet<>(words);
            for (String w : unique) {
                if (!w.isEmpty()) {
                    byFirstChar.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
                    firstChars.set(w.charAt(0));
                }
            }
        }

        /** Indexes the sentences that hold a quantity; cues elsewhere can never be the nearest to one. */
        CueIndex index(ReportLayout layout, List<Mention> mentions) {
            String t = layout.text();
            Map<String, int[]> positions = new HashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            int done = 0;
            for (Mention m : mentions) {
                int from = Math.max(done, layout.sentenceStart(m.start()));
                int to = layout.sentenceEnd(m.start());
                for (int i = from; i < to; i++) {
                    if (firstChars.get(t.charAt(i))) {
                        record(t, i, positions, counts);
                    }
                }
                done = Math.max(done, to);
            }
            positions.replaceAll((w, p) -> Arrays.copyOf(p, counts.get(w)));
            return new CueIndex(positions);
        }

        private void record(String t, int i, Map<String, int[]> positions, Map<String, Integer> counts) {
            for (String w : byFirstChar.get(t.charAt(i))) {
                if (t.startsWith(w, i)) {
                    int n = counts.merge(w, 1, Integer::sum);
                    int[] p = positions.getOrDefault(w, NONE);
                    if (n > p.length) {
                        p = Arrays.copyOf(p, Math.max(4, p.length * 2));
                        positions.put(w, p);
                    }
                    p[n - 1] = i;
                }
            }
        }
    }

    private final Map<String, int[]> positions;

    private CueIndex(Map<String, int[]> positions) {
        this.positions = positions;
    }

    /** Start of the last occurrence lying wholly inside [from, to), or -1. */
    int last(String w, int from, int to) {
        int[] p = positions.getOrDefault(w, NONE);
        int i = upperBound(p, to - w.length()) - 1;
        return i >= 0 && p[i] >= from ? p[i] : -1;
    }

    /** Start of the first occurrence lying wholly inside [from, to), or -1. */
    int first(String w, int from, int to) {
        int[] p = positions.getOrDefault(w, NONE);
        int i = upperBound(p, from - 1);
        return i < p.length && p[i] + w.length() <= to ? p[i] : -1;
    }

    boolean anyIn(List<String> words, int from, int to) {
        for (String w : words) {
            if (first(w, from, to) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Number of positions <= value. */
    private static int upperBound(int[] p, int value) {
        int lo = 0;
        int hi = p.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (p[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
