package io.fazhi.indicator.extraction;

import java.util.List;

/**
 * One catalog indicator with the rules that find it: accepted units, cue words (nearest one wins), anti-cues
 * that veto it in a clause, nouns a zero statement can govern, {N}-patterns, flag rules and section headings.
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
        List<String> headings) {

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
