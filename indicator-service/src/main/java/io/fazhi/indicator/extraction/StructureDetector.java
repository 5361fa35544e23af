package io.fazhi.indicator.extraction;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells which statutory parts of an annual report (举措成效, 不足原因, 第一责任人履职, 下一年度安排) have a section
 * of their own, from the top-level headings and the catalog's heading words.
 */
final class StructureDetector {

    static final String MEASURES = "structure.measures";
    static final String PLAN = "structure.next_year_plan";
    static final String COMPLETENESS = "structure.completeness";

    private final List<IndicatorDefinition> parts;

    StructureDetector(Catalog catalog) {
        this.parts = catalog.indicators().stream()
                .filter(d -> d.isStructure() && !d.headings().isEmpty())
                .toList();
    }

    /** The parts whose heading words occur in a heading. */
    Set<String> partsOf(String heading) {
        Set<String> keys = new LinkedHashSet<>();
        for (IndicatorDefinition d : parts) {
            for (String h : d.headings()) {
                if (heading.contains(h)) {
                    keys.add(d.key());
                    break;
                }
            }
        }
        return keys;
    }

    /** A section that only announces next year's plans: nothing in it is this year's value. */
    boolean isPlanOnly(ReportLayout.Section section) {
        return section != null && partsOf(section.heading()).equals(Set.of(PLAN));
    }

    Map<String, Object> detect(ReportLayout layout, boolean hasContent) {
        Set<String> present = new LinkedHashSet<>();
        boolean untitledWorkSection = false;
        boolean beforeOtherParts = true;
        for (ReportLayout.Section s : layout.sections()) {
            Set<String> keys = partsOf(s.heading());
            present.addAll(keys);
            if (keys.isEmpty() && beforeOtherParts) {
                untitledWorkSection = true; // "一、坚持党的领导…": the measures, under a topical heading
            }
            if (!keys.isEmpty() && !keys.contains(MEASURES)) {
                beforeOtherParts = false;
            }
        }
        if (untitledWorkSection || (layout.sections().isEmpty() && hasContent)) {
            present.add(MEASURES);
        }
        for (IndicatorDefinition d : parts) {
            if (d.subHeadings() && !present.contains(d.key())
                    && layout.subHeadings().stream().anyMatch(h -> d.headings().stream().anyMatch(h.text()::contains))) {
                present.add(d.key()); // rule 10: a sub-heading about 第一责任人职责 is that part
            }
        }
        Map<String, Object> structure = new LinkedHashMap<>();
        int found = 0;
        for (IndicatorDefinition d : parts) {
            boolean has = present.contains(d.key());
            structure.put(d.key(), has);
            found += has ? 1 : 0;
        }
        structure.put(COMPLETENESS, parts.isEmpty() ? 0.0 : Math.round(1000.0 * found / parts.size()) / 10.0);
        return structure;
    }
}
