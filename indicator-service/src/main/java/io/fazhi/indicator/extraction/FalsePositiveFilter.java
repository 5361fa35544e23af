package io.fazhi.indicator.extraction;

import java.util.List;

/**
 * Rejects number-plus-classifier matches that are not quantities: ordinals (第三次), slogans (“两个维护”,
 * 三项制度, 一岗双责), 一 used as an article (一支队伍), 一起 meaning "together", and numbers inside titles
 * and document numbers (《…》, 〔2024〕17号).
 */
final class FalsePositiveFilter {

    /** How far back an unclosed 《 or 〔 is looked for; titles are rarely longer. */
    private static final int BRACKET_LOOKBACK = 80;
    /** How far from a quoted number its quotes may be for the quote to be a slogan rather than a name. */
    private static final int SLOGAN_REACH = 6;
    private static final List<String> COUNTING_VERBS = List.of("发生", "受理", "办理", "查处", "处理", "调解", "化解", "共", "有");

    private static final String SCORE_NOT_FOLLOWED = "钟之别局管工批类";
    private static final List<String> BARE_HUNDREDS = List.of("百", "千", "万");
    private static final List<String> UPPER_BOUNDS = List.of("上", "数", "成");
    /** A numeral + 村 followed by one of these is the name of a place. */
    private static final String PLACE_NAME_ENDS = "堡街镇乡路寨屯";

    private final Lexicon lexicon;

    FalsePositiveFilter(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    boolean rejects(String t, int start, int runEnd, int unitEnd, String numeral, String unit) {
        if (start > 0 && isAsciiLetter(t.charAt(start - 1))) {
            return true;
        }
        for (String w : lexicon.skipBefore()) {
            if (start >= w.length() && t.startsWith(w, start - w.length())) {
                return true;
            }
        }
        if (insideTitleOrDocumentNumber(t, start) || coveredByExcludedPhrase(t, start, unitEnd)) {
            return true;
        }
        boolean chinese = NumeralParser.digitValue(numeral.charAt(0)) >= 0 || NumeralParser.unitExponent(numeral.charAt(0)) >= 0;
        if (chinese && quotedSlogan(t, start, unitEnd)) {
            return true;
        }
        if (unitEnd < t.length() && t.charAt(unitEnd) == '性') {
            return true; // 一次性, 两次性
        }
        if (unit.equals("分") && (chinese || unitEnd < t.length() && SCORE_NOT_FOLLOWED.indexOf(t.charAt(unitEnd)) >= 0)) {
            return true; // 92.3分 is a score; 十分, 3分钟, 三分之一 are not
        }
        if (BARE_HUNDREDS.contains(numeral) && !precededByAny(t, start, lexicon.approxBefore())
                && !precededByAny(t, start, UPPER_BOUNDS) && "余多".indexOf(t.charAt(runEnd)) < 0) {
            return true; // 百名法学家百场报告会: a bare 百 names an event; a count says 一百, 近百, 上百, 千余
        }
        if (chinese && (unit.equals("村") || unit.equals("社")) && unitEnd < t.length() && PLACE_NAME_ENDS.indexOf(t.charAt(unitEnd)) >= 0) {
            return true; // 六村堡街道, 三社镇: a place name (rule 2)
        }
        if (unit.equals("次") && (t.startsWith("全会", unitEnd) || t.startsWith("全体会议", unitEnd)
                || start > 0 && t.charAt(start - 1) == '届')) {
            return true; // 十届六次全会, 二十届三次: ordinals of a session (rule 2)
        }
        if (numeral.equals("一")) {
            boolean zero = precededByAny(t, start, lexicon.zeroPrefixes());
            if (unit.equals("起")) {
                return !zero && !precededByAny(t, start, COUNTING_VERBS);
            }
            return !zero && lexicon.articleUnits().contains(unit);
        }
        return false;
    }

    private static boolean precededByAny(String t, int at, List<String> words) {
        for (String w : words) {
            if (at >= w.length() && t.startsWith(w, at - w.length())) {
                return true;
            }
        }
        return false;
    }

    private boolean coveredByExcludedPhrase(String t, int start, int end) {
        for (String p : lexicon.excludedPhrases()) {
            int from = Math.max(0, start - p.length() + 1);
            for (int at = from; at < end; at++) {
                if (t.startsWith(p, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** “两个维护”, “综合查一次”, “最多跑一次”: a short quoted phrase with the number inside is a slogan. */
    private static boolean quotedSlogan(String t, int start, int unitEnd) {
        int open = -1;
        for (int i = start - 1; i >= Math.max(0, start - SLOGAN_REACH) && open < 0; i--) {
            char c = t.charAt(i);
            if (c == '”' || ReportLayout.CLAUSE_ENDS.indexOf(c) >= 0) {
                return false;
            }
            open = c == '“' ? i : -1;
        }
        if (open < 0) {
            return false;
        }
        int close = t.indexOf('”', unitEnd);
        return close >= 0 && close - unitEnd <= SLOGAN_REACH && ReportLayout.find(t, "。", unitEnd, close) < 0;
    }

    private static boolean insideTitleOrDocumentNumber(String t, int start) {
        int limit = Math.max(0, start - BRACKET_LOOKBACK);
        for (int i = start - 1; i >= limit; i--) {
            char c = t.charAt(i);
            if (c == '》' || c == '〕' || c == '】' || c == ']' || c == '\n') {
                return false;
            }
            if (c == '《' || c == '〔' || c == '【' || c == '[') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
