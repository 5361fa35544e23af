package io.fazhi.indicator.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every number with its classifier (or percent sign) in canonical text in one left-to-right pass:
 * numeral run, 余/多, longest classifier, 以上/左右, and approximation words before it.
 */
final class QuantityRecognizer {

    private static final String PERCENT_WORDS = "百分之";

    private final Lexicon lexicon;
    /** Classifiers by first char, longest first: 场次 before 场, 人次 before 人, 万元 before 元. */
    private final Map<Character, List<String>> unitsByFirstChar = new HashMap<>();
    private final FalsePositiveFilter filter;

    QuantityRecognizer(Lexicon lexicon) {
        this.lexicon = lexicon;
        List<String> units = new ArrayList<>(lexicon.units());
        units.sort(Comparator.comparingInt(String::length).reversed());
        for (String u : units) {
            unitsByFirstChar.computeIfAbsent(u.charAt(0), c -> new ArrayList<>()).add(u);
        }
        this.filter = new FalsePositiveFilter(lexicon);
    }

    private static final BigDecimal IMPLAUSIBLE = BigDecimal.TEN.pow(15);

    List<Mention> recognize(String t) {
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c < '0' || !NumeralParser.isNumeralChar(c)) {
                i++;
                continue;
            }
            if (c == '百' && t.startsWith(PERCENT_WORDS, i)) {
                int j = runEnd(t, i + PERCENT_WORDS.length());
                BigDecimal v = j > i + PERCENT_WORDS.length() ? NumeralParser.parse(t.substring(i + 3, j)) : null;
                Mention percent = v == null ? null : finish(t, i, i, j, j, v, "%", false);
                if (percent != null) {
                    found.add(percent);
                    i = j;
                    continue;
                }
            }
            if (!startsNumeral(t, i)) {
                i++;
                continue;
            }
            int runEnd = runEnd(t, i);
            Mention m = atRun(t, i, runEnd);
            if (m != null) {
                found.add(m);
                i = m.end();
            } else {
                i = runEnd;
            }
        }
        return found;
    }

    private Mention atRun(String t, int start, int runEnd) {
        int k = runEnd;
        boolean approx = false;
        if (k < t.length() && "余多几".indexOf(t.charAt(k)) >= 0) {
            approx = true;
            k++;
        }
        String unit = unitAt(t, k);
        if (unit == null && !approx && k + 1 < t.length() && t.charAt(k) == ' ' && isDigit(t.charAt(k - 1))) {
            unit = unitAt(t, k + 1); // 合计 731 宗: a space between the figures and the classifier
            k = unit == null ? k : k + 1;
        }
        if (unit == null) {
            return null;
        }
        String numeral = t.substring(start, runEnd);
        int unitEnd = k + unit.length();
        if (filter.rejects(t, start, runEnd, unitEnd, numeral, unit)) {
            return null;
        }
        if (numeral.equals("一")) {
            int zeroStart = zeroPrefixStart(t, start);
            if (zeroStart >= 0) {
                return new Mention(zeroStart, unitEnd, BigDecimal.ZERO, unit, false, true, Reading.NONE);
            }
        }
        BigDecimal value = NumeralParser.parse(numeral);
        if (value == null) {
            return null;
        }
        return finish(t, start, start, runEnd, unitEnd, value, unit, approx);
    }

    /**
     * No township counts, spends or rates anything in 10^15 or more, or to more than four decimals (the precision
     * values are stored with): such a run of digits is a serial number or crafted text, not a quantity, and left as
     * one it would overflow the store and the JSON readers of integrating systems.
     */
    static boolean plausible(BigDecimal value) {
        return value.abs().compareTo(IMPLAUSIBLE) < 0 && value.stripTrailingZeros().scale() <= 4;
    }

    private Mention finish(String t, int spanStart, int numStart, int runEnd, int unitEnd, BigDecimal value,
                           String unit, boolean approx) {
        int start = spanStart;
        int end = unitEnd;
        for (String w : lexicon.approxBefore()) {
            if (numStart >= w.length() && t.startsWith(w, numStart - w.length())) {
                approx = true;
                start = numStart - w.length();
                break;
            }
        }
        for (String w : lexicon.approxAfter()) {
            if (w.length() > 1 && t.startsWith(w, end)) {
                approx = true;
                end += w.length();
                break;
            }
        }
        if (t.startsWith(SESSIONS_SUFFIX, end) && (unit.equals("场") || unit.equals("人") || unit.equals("件"))) {
            unit += "次"; // 320场（次）: 场次 written with the 次 in brackets
            end += SESSIONS_SUFFIX.length();
        }
        BigDecimal factor = lexicon.moneyUnits().get(unit);
        if (factor != null) {
            value = value.multiply(factor);
            unit = "元";
        }
        if (!plausible(value)) {
            return null;
        }
        return new Mention(start, end, value, unit, approx, false, Reading.NONE);
    }

    private static final String SESSIONS_SUFFIX = "（次）";

    /** "无一起", "没有一起": a zero governing the noun that follows. */
    private int zeroPrefixStart(String t, int numeralStart) {
        for (String p : lexicon.zeroPrefixes()) {
            if (numeralStart >= p.length() && t.startsWith(p, numeralStart - p.length())) {
                return numeralStart - p.length();
            }
        }
        return -1;
    }

    private String unitAt(String t, int k) {
        if (k >= t.length()) {
            return null;
        }
        for (String u : unitsByFirstChar.getOrDefault(t.charAt(k), List.of())) {
            if (t.startsWith(u, k)) {
                return u;
            }
        }
        return null;
    }

    /**
     * 万 and 亿 open a numeral only after 逾/近/约/超过 (逾万人次) or as 万余/万多 standing alone (获宣人员万余人); 零
     * never does (零上访 is a zero statement).
     */
    private static boolean startsNumeral(String t, int i) {
        char c = t.charAt(i);
        if (c > '9' && c < '〇') {
            return false; // Latin, punctuation and kana: the common case outside CJK ideographs
        }
        if (c >= '0' && c <= '9') {
            return i == 0 || !isDigitOrDot(t.charAt(i - 1));
        }
        if (c == '十' || c == '百' || c == '千' || "一二两三四五六七八九".indexOf(c) >= 0) {
            return true;
        }
        if ((c == '万' || c == '亿') && i > 0 && "逾近约超过".indexOf(t.charAt(i - 1)) >= 0) {
            return true; // 逾万人次, 近亿元
        }
        if (c == '万' && i + 1 < t.length() && "余多".indexOf(t.charAt(i + 1)) >= 0
                && (i == 0 || !NumeralParser.isNumeralChar(t.charAt(i - 1)))) {
            return true; // 获宣人员万余人: 一万 without its 一
        }
        // financial numerals (壹贰…) also occur inside words (队伍, 大陆): only a run of two or more opens a number
        return NumeralParser.digitValue(c) > 0 && i + 1 < t.length() && NumeralParser.isNumeralChar(t.charAt(i + 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDigitOrDot(char c) {
        return (c >= '0' && c <= '9') || c == '.';
    }

    static int runEnd(String t, int i) {
        int j = i;
        while (j < t.length()) {
            char c = t.charAt(j);
            if (NumeralParser.isNumeralChar(c)) {
                j++;
            } else if ((c == '.' || c == ',') && j > i && Character.isDigit(t.charAt(j - 1))
                    && j + 1 < t.length() && Character.isDigit(t.charAt(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }
}
