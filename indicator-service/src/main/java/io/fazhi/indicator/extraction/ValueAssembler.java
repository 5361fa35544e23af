package io.fazhi.indicator.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns keyed quantities into one value per indicator: within a passage a stated total wins over its parts
 * (其中…, 合计…) and otherwise parts are summed; passages are summed; rates take the first statement and
 * profile counts the largest.
 */
final class ValueAssembler {

    /** Small counts (2 次) recur legitimately; a repeated larger figure is the same fact restated in a summary. */
    private static final BigDecimal RESTATEMENT_FLOOR = BigDecimal.TEN;

    private record Passage(BigDecimal value, boolean approx, List<Mention> mentions) {
    }

    private final Catalog catalog;
    private final double patternConfidence;
    private final List<String> dutyHeadings;

    ValueAssembler(Catalog catalog) {
        this.catalog = catalog;
        this.patternConfidence = Basis.PATTERN.confidence(catalog.lexicon().confidence());
        this.dutyHeadings = catalog.find("structure.first_responsible").map(IndicatorDefinition::headings).orElse(List.of());
    }

    List<IndicatorValue> assemble(NormalizedText norm, ReportLayout layout, List<Mention> mentions, List<PatternRules.Hit> hits) {
        List<IndicatorValue> values = new ArrayList<>();
        for (IndicatorDefinition d : catalog.indicators()) {
            if (d.isFlag() || d.isStructure()) {
                continue;
            }
            List<Mention> ms = mentions.stream().filter(m -> d.key().equals(m.key())).toList();
            List<PatternRules.Hit> hs = hits.stream().filter(h -> d.key().equals(h.key())).toList();
            if (ms.isEmpty() && hs.isEmpty()) {
                continue;
            }
            if ("profile".equals(d.dimension())) {
                values.add(largest(norm, layout, d, ms, hs));
            } else if (!ms.isEmpty()) {
                values.add(d.isRate() ? first(norm, layout, d, ms.get(0)) : summed(norm, layout, d, ms));
            }
        }
        return values;
    }

    private IndicatorValue first(NormalizedText norm, ReportLayout layout, IndicatorDefinition d, Mention m) {
        return value(d.key(), m.value(), m.approx(), m.unit(), List.of(evidence(norm, layout, m.start(), m.end())),
                List.of(m), null, "a rate: its first statement");
    }

    /**
     * A value with the confidence of its least sure mention, at most that of its {@code aggregation} (null for a
     * single statement), and the reasons of that mention.
     */
    private IndicatorValue value(String key, BigDecimal v, boolean approx, String unit, List<Evidence> evidence,
                                 List<Mention> counted, Basis aggregation, String how) {
        Mention leastSure = null;
        double base = patternConfidence; // a value from a pattern alone
        for (Mention m : counted) {
            double c = m.reading().confidence() == null ? patternConfidence : m.reading().confidence();
            if (leastSure == null || c < base) {
                leastSure = m;
                base = c;
            }
        }
        double confidence = aggregation == null ? base : Math.min(base, aggregation.confidence(catalog.lexicon().confidence()));
        Basis basis = aggregation != null ? aggregation : leastSure == null ? Basis.PATTERN : leastSure.reading().basis();
        List<String> reasons = new ArrayList<>();
        reasons.add(how);
        if (leastSure != null) {
            reasons.addAll(leastSure.reading().reasons());
        }
        return new IndicatorValue(key, v, approx, unit, evidence, confidence, basis == null ? null : basis.code(), reasons,
                confidence < Extractor.REVIEW_THRESHOLD);
    }

    private IndicatorValue largest(NormalizedText norm, ReportLayout layout, IndicatorDefinition d, List<Mention> ms,
                                   List<PatternRules.Hit> hs) {
        BigDecimal best = null;
        boolean approx = false;
        Mention source = null;
        List<Evidence> evidence = new ArrayList<>();
        for (PatternRules.Hit h : hs) {
            if (best == null || h.value().compareTo(best) > 0) {
                best = h.value();
                approx = false;
            }
            evidence.add(evidence(norm, layout, h.start(), h.end()));
        }
        for (Mention m : ms) {
            if (best == null || m.value().compareTo(best) > 0) {
                best = m.value();
                approx = m.approx();
                source = m;
            }
            evidence.add(evidence(norm, layout, m.start(), m.end()));
        }
        return value(d.key(), best, approx, d.units().isEmpty() ? "个" : d.units().get(0), evidence,
                source == null ? List.of() : List.of(source), null, "rule 11: the largest village count stated");
    }

    private IndicatorValue summed(NormalizedText norm, ReportLayout layout, IndicatorDefinition d, List<Mention> ms) {
        Map<Integer, List<Mention>> byParagraph = new LinkedHashMap<>();
        for (Mention m : ms) {
            byParagraph.computeIfAbsent(layout.paragraphStart(m.start()), k -> new ArrayList<>()).add(m);
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean approx = false;
        List<Evidence> evidence = new ArrayList<>();
        boolean counted = false;
        int passages = 0;
        List<Mention> used = new ArrayList<>();
        Set<Single> singles = new HashSet<>();
        for (Map.Entry<Integer, List<Mention>> e : byParagraph.entrySet()) {
            Passage p = passage(layout, e.getKey(), e.getValue());
            if (!isRestatement(p, singles) && !(inDutySection(layout, e.getKey()) && counted)) {
                total = total.add(p.value());
                approx |= p.approx();
                counted = true;
                passages++;
                used.addAll(p.mentions());
                if (p.mentions().size() == 1) {
                    singles.add(Single.of(p));
                }
            }
            for (Mention m : p.mentions()) {
                evidence.add(evidence(norm, layout, m.start(), m.end()));
            }
        }
        String unit = "amount".equals(d.kind()) ? "元" : ms.get(0).unit();
        String how = passages > 1 ? "rule 6: summed over " + passages + " passages"
                : used.size() > 1 ? "rule 6: a total or the sum of parts in one passage" : "one statement";
        Basis aggregation = passages > 1 ? Basis.VALUE_PASSAGES : used.size() > 1 ? Basis.VALUE_PARTS : null;
        return value(d.key(), total, approx, unit, evidence, used, aggregation, how);
    }

    private Passage passage(ReportLayout layout, int paragraphStart, List<Mention> ms) {
        Mention stated = markedTotal(layout, ms);
        if (stated != null && !partsFollow(layout, ms, stated)) {
            stated = null; // "累计开展68场次宣传活动，组织送法下乡29次": another activity, not a part (rule 6)
        }
        int parts = stated == null ? firstPart(layout, ms) : ms.size();
        if (stated == null && parts == ms.size() && ms.size() > 2) {
            BigDecimal all = ms.stream().map(Mention::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (ms.get(0).value().multiply(BigDecimal.valueOf(2)).compareTo(all) == 0) {
                stated = ms.get(0); // a leading figure equal to the sum of the rest: their total
            }
        }
        if (stated != null) {
            return new Passage(stated.value(), stated.approx(), ms);
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean approx = false;
        for (Mention m : ms.subList(0, parts)) {
            sum = sum.add(m.value());
            approx |= m.approx();
        }
        return new Passage(sum, approx, ms);
    }

    /** "合计罚没金额21600元": the largest figure a total marker opens, unless its clause enumerates several (累计2个、5个). */
    private Mention markedTotal(ReportLayout layout, List<Mention> ms) {
        Mention stated = null;
        Map<Integer, Integer> perClause = new HashMap<>();
        for (Mention m : ms) {
            perClause.merge(layout.clauseStart(m.start()), 1, Integer::sum);
        }
        for (Mention m : ms) {
            int cs = layout.clauseStart(m.start());
            boolean alone = perClause.get(cs) == 1;
            for (String marker : catalog.lexicon().totalMarkers()) {
                if (alone && ReportLayout.find(layout.text(), marker, cs, m.start()) >= 0
                        && (stated == null || m.value().compareTo(stated.value()) > 0)) {
                    stated = m;
                }
            }
        }
        return stated;
    }

    /** Every figure after a marked total is announced as its part (其中…), or there is none after it. */
    private boolean partsFollow(ReportLayout layout, List<Mention> ms, Mention total) {
        int k = ms.indexOf(total) + 1;
        if (k == ms.size()) {
            return true;
        }
        for (String marker : catalog.lexicon().partMarkers()) {
            if (ReportLayout.find(layout.text(), marker, total.end(), ms.get(k).start()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Index of the first figure that is a part of those before it: after 其中 ("150宗，其中简易94宗…",
     * "省级2个、市级5个、县级9个，其中新创3个") or a smaller success count ("调处18件，调解成功17件").
     */
    private int firstPart(ReportLayout layout, List<Mention> ms) {
        String t = layout.text();
        for (int k = 1; k < ms.size(); k++) {
            Mention m = ms.get(k);
            for (String marker : catalog.lexicon().partMarkers()) {
                if (ReportLayout.find(t, marker, ms.get(k - 1).end(), m.start()) >= 0) {
                    return k;
                }
            }
            for (String marker : catalog.lexicon().subsetMarkers()) {
                if (m.value().compareTo(ms.get(k - 1).value()) <= 0
                        && ReportLayout.find(t, marker, layout.clauseStart(m.start()), m.start()) >= 0) {
                    return k;
                }
            }
        }
        return ms.size();
    }

    /** The 第一责任人 part reports what the leaders did: counts the measures already gave include its figures. */
    private boolean inDutySection(ReportLayout layout, int pos) {
        ReportLayout.Section s = layout.sectionAt(pos);
        return s != null && dutyHeadings.stream().anyMatch(s.heading()::contains);
    }

    /** A single figure already counted: a passage repeating it is a restatement. */
    private record Single(BigDecimal value, boolean approx) {
        static Single of(Passage p) {
            return new Single(p.value().stripTrailingZeros(), p.approx());
        }
    }

    private static boolean isRestatement(Passage p, Set<Single> singles) {
        return p.mentions().size() == 1 && p.value().compareTo(RESTATEMENT_FLOOR) >= 0 && singles.contains(Single.of(p));
    }

    static Evidence evidence(NormalizedText norm, ReportLayout layout, int start, int end) {
        String quote = norm.originalSlice(layout.sentenceStart(start), layout.sentenceEnd(start)).strip();
        return new Evidence(quote, norm.originalStart(start), norm.originalEnd(end));
    }
}
