package io.fazhi.dashboard.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fazhi.dashboard.profiles.ReportMentions;

/**
 * A report's text with every extracted value highlighted at its offsets, and the values beside it, each linking to
 * its words ({@code #m-N}). Offsets outside the text, or overlapping words already highlighted, link to the nearest
 * highlight instead of cutting the text; the text itself is escaped by the template, never trusted as markup.
 */
public record ReportPage(ReportMentions.Report report, List<Segment> segments, List<Value> values) {

    /**
     * A run of the text: highlighted when {@code markId} is set; {@code anchor} (k-key) on the first highlight of
     * each indicator, where a click on its value in a ranking lands.
     */
    public record Segment(String text, String markId, String key, int start, int end, String anchor) {
    }

    /** One value and the highlights of its words. */
    public record Value(String key, String name, String value, boolean approx, String source, String reviewedBy,
            List<String> markIds) {
    }

    static ReportPage of(ReportMentions.Report report, String text, Map<String, String> names) {
        List<ReportMentions.Mention> mentions = new ArrayList<>(report.mentions());
        mentions.sort(Comparator.comparingInt(ReportMentions.Mention::start)
                .thenComparingInt(ReportMentions.Mention::end));
        List<Segment> segments = new ArrayList<>();
        Map<String, Value> values = new LinkedHashMap<>();
        int at = 0;
        int n = 0;
        String lastMark = null;
        for (ReportMentions.Mention m : mentions) {
            Value v = values.computeIfAbsent(m.key(), k -> new Value(k, names.getOrDefault(k, k),
                    OverviewPage.number(m.value()) + (m.unit() == null ? "" : " " + m.unit()), m.approx(), m.source(),
                    m.reviewedBy(), new ArrayList<>()));
            boolean fits = m.start() >= at && m.end() > m.start() && m.end() <= text.length();
            if (!fits) {
                if (lastMark != null && !v.markIds().contains(lastMark)) {
                    v.markIds().add(lastMark); // the same words carry two values (e.g. a count and its part)
                }
                continue;
            }
            if (m.start() > at) {
                segments.add(new Segment(text.substring(at, m.start()), null, null, at, m.start(), null));
            }
            lastMark = "m-" + n++;
            segments.add(new Segment(text.substring(m.start(), m.end()), lastMark, m.key(), m.start(), m.end(),
                    v.markIds().isEmpty() ? "k-" + m.key() : null));
            v.markIds().add(lastMark);
            at = m.end();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null, null, at, text.length(), null));
        }
        return new ReportPage(report, List.copyOf(segments), List.copyOf(values.values()));
    }
}
