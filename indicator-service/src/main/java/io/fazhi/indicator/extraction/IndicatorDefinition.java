package io.fazhi.indicator.extraction;

import java.util.List;

/**
 * One catalog indicator with the rules that find it: accepted units, cue words (nearest one wins), anti-cues
 * that veto it in a clause, nouns a zero statement can govern, {N}-patterns, flag rules and section headings
 * (for a structure part with {@code subHeadings}, a numbered sub-heading such as （三）…第一责任人职责 counts too);
 * {@code cuesAfterClause}: a cue in a later clause of the sentence still names the count (执法人员11名，均取得执法证).
 */
public record IndicatorDefinition(
        String key,
        String nameZh,
        String kind,
        String direction,
        String dimension,
        String dimensionZh,
        List<String> units,
        List<String> cues,
        List<String> antiCues,
        List<String> zeroNouns,
        List<String> patterns,
        List<FlagRule> flagRules,
        List<String> headings,
        boolean subHeadings,
        boolean cuesAfterClause) {

    public IndicatorDefinition {
        units = List.copyOf(Lexicon.nullToEmpty(units));
        cues = List.copyOf(Lexicon.nullToEmpty(cues));
        antiCues = List.copyOf(Lexicon.nullToEmpty(antiCues));
        zeroNouns = List.copyOf(Lexicon.nullToEmpty(zeroNouns));
        patterns = List.copyOf(Lexicon.nullToEmpty(patterns));
        flagRules = List.copyOf(Lexicon.nullToEmpty(flagRules));
        headings = List.copyOf(Lexicon.nullToEmpty(headings));
    }

    public boolean isFlag() {
        return "flag".equals(kind);
    }

    public boolean isRate() {
        return "rate".equals(kind);
    }

    public boolean isStructure() {
        return "structure".equals(dimension);
    }

    public boolean acceptsUnit(String unit) {
        return units.contains(unit);
    }
}
