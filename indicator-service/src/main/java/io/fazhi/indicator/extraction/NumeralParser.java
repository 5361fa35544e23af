package io.fazhi.indicator.extraction;

import java.math.BigDecimal;

/** Reads Arabic, full-width-normalized and Chinese numerals (两, 〇, 十/百/千 in 万/亿 sections, 1.2万, 一万二) into exact BigDecimals. */
public final class NumeralParser {

    private static final BigDecimal TEN = BigDecimal.TEN;

    private NumeralParser() {
    }

    /** Value of a Chinese digit character, or -1. */
    static int digitValue(char c) {
        switch (c) {
            case '零': case '〇': return 0;
            case '一': case '壹': return 1;
            case '二': case '两': case '贰': return 2;
            case '三': case '叁': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default: return -1;
        }
    }

    /** Power of ten of a Chinese multiplier character (十=1 … 亿=8), or -1. */
    static int unitExponent(char c) {
        switch (c) {
            case '十': case '拾': return 1;
            case '百': case '佰': return 2;
            case '千': case '仟': return 3;
            case '万': case '萬': return 4;
            case '亿': case '億': return 8;
            default: return -1;
        }
    }

    static boolean isNumeralChar(char c) {
        return (c >= '0' && c <= '9') || digitValue(c) >= 0 || unitExponent(c) >= 0;
    }

    /** Parses a whole numeral such as "4.52万", "一万二", "二〇二三", "1,200"; returns null when it is not one. */
    public static BigDecimal parse(CharSequence s) {
        int n = s.length();
        while (n > 0 && (s.charAt(n - 1) == '.' || s.charAt(n - 1) == ',')) {
            n--;
        }
        if (n == 0) {
            return null;
        }
        if (isDigitString(s, n)) {
            return digitString(s, n);
        }
        BigDecimal yi = BigDecimal.ZERO;      // everything closed by 亿
        BigDecimal wan = BigDecimal.ZERO;     // the section closed by 万
        BigDecimal section = BigDecimal.ZERO; // below 万
        BigDecimal digit = null;
        boolean chineseDigit = false;
        boolean afterZero = false;
        int lastExponent = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digit != null) {
                    return null;
                }
                int j = i;
                StringBuilder run = new StringBuilder();
                while (j < n && ((s.charAt(j) >= '0' && s.charAt(j) <= '9') || s.charAt(j) == '.' || s.charAt(j) == ',')) {
                    if (s.charAt(j) != ',') {
                        run.append(s.charAt(j));
                    }
                    j++;
                }
                try {
                    digit = new BigDecimal(run.toString());
                } catch (NumberFormatException e) {
                    return null;
                }
                chineseDigit = false;
                i = j;
                continue;
            }
            int dv = digitValue(c);
            if (dv == 0) {
                afterZero = true;
            } else if (dv > 0) {
                if (digit != null) {
                    return null;
                }
                digit = BigDecimal.valueOf(dv);
                chineseDigit = true;
            } else {
                int exp = unitExponent(c);
                if (exp < 0) {
                    return null;
                }
                BigDecimal factor = TEN.pow(exp);
                if (exp < 4) {
                    section = section.add((digit == null ? BigDecimal.ONE : digit).multiply(factor));
                } else {
                    // a leading 万 (逾万人次) means one 万
                    BigDecimal closed = i == 0 ? BigDecimal.ONE : section.add(digit == null ? BigDecimal.ZERO : digit);
                    if (exp == 4) {
                        if (closed.signum() == 0) {
                            return null;
                        }
                        wan = wan.add(closed.multiply(factor));
                    } else {
                        BigDecimal all = yi.add(wan).add(closed);
                        if (all.signum() == 0) {
                            return null;
                        }
                        yi = all.multiply(factor);
                        wan = BigDecimal.ZERO;
                    }
                    section = BigDecimal.ZERO;
                }
                digit = null;
                lastExponent = exp;
                afterZero = false;
            }
            i++;
        }
        BigDecimal tail = BigDecimal.ZERO;
        if (digit != null) {
            // spoken abbreviation: 一万二 = 12000, 三百五 = 350 (but 一百零五 = 105)
            boolean spoken = chineseDigit && !afterZero && lastExponent >= 2 && unitExponent(s.charAt(n - 2)) == lastExponent;
            tail = spoken ? digit.multiply(TEN.pow(lastExponent - 1)) : digit;
        }
        return strip(yi.add(wan).add(section).add(tail));
    }

    private static boolean isDigitString(CharSequence s, int n) {
        if (n < 2) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (digitValue(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal digitString(CharSequence s, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + digitValue(s.charAt(i))));
        }
        return new BigDecimal(b.toString());
    }

    private static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
