package io.fazhi.submission.detection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fazhi.submission.registry.Township;
import io.fazhi.submission.registry.TownshipRegistry;
import io.fazhi.submission.registry.TownshipRegistry.NameOccurrence;

/**
 * Reads the township, county, report year, document number and signer from a report's title and heading lines
 * (郁南县历洞镇人民政府 / 2021 年度法治政府建设报告 / 沙政文〔2024〕17号 / 签发人：刘 兵), falling back to the
 * body where the heading is silent. Plain Java: the registry is passed in, nothing is stored.
 */
public final class ReportDetector {

    private static final String NUMERAL_YEAR = "[〇○零一二三四五六七八九]{4}";
    /** A year not inside a document number's brackets and not one end of a range (2021-2025年). */
    private static final Pattern YEAR = Pattern.compile(
            "(?<![〔\\[［(（﹝【\\d\\-—－~～至])((?:19|20)\\d{2}|" + NUMERAL_YEAR + ")\\s*年\\s*(度)?(?![\\-—－~～至]\\d)");
    private static final Pattern ABOUT_RULE_OF_LAW = Pattern.compile("法治|依法行政|法制");
    private static final Pattern REPORT_WORD = Pattern.compile("报\\s*告");
    /** A sentence of the body, not a title: 现将…报告如下：, or anything ending with 。 */
    private static final Pattern SENTENCE = Pattern.compile("现将|如下|。\\s*$");
    /** 现将2021年度法治政府建设工作情况报告如下 and similar sentences in the body. */
    private static final Pattern BODY_REPORT_SENTENCE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年\\s*度?[^。；\\n]{0,30}?(?:法治|依法行政|法制)[^。；\\n]{0,30}?(?:报告|汇报)");
    private static final Pattern PARAGRAPH_OPENING_YEAR = Pattern.compile("(?m)^\\s*((?:19|20)\\d{2})\\s*年\\s*度?\\s*[，,]");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "([\\p{IsHan}]{1,12})\\s*[〔\\[［(（﹝【]\\s*((?:19|20)\\d{2})\\s*[〕\\]］)）﹞】]\\s*第?\\s*(\\d{1,5})\\s*号");
    private static final Pattern SIGNER = Pattern.compile(
            "签\\s*发\\s*人\\s*[：:]\\s*(\\p{IsHan}(?:[\\p{IsHan}·•]|[ 　](?=\\p{IsHan})){0,7})");
    private static final Pattern GOVERNMENT_AFTER = Pattern.compile("^\\s*(人民政府|党委|政府|办事处|委员会)");
    private static final int BODY_SCAN_CHARS = 3000;

    private final TownshipRegistry registry;

    public ReportDetector(TownshipRegistry registry) {
        this.registry = registry;
    }

    /** Reads {@code text}, and {@code title} (may be null) before it. */
    public Detection detect(String title, String text) {
        List<TextSource> sources = new ArrayList<>(2);
        if (title != null && !title.isBlank()) {
            sources.add(new TextSource(Evidence.TITLE, title));
        }
        sources.add(new TextSource(Evidence.TEXT, text == null ? "" : text));
        TextSource body = sources.get(sources.size() - 1);

        TownshipReading township = readTownship(sources, body);
        Detected<Integer> year = readYear(sources, body);
        Detected<String> number = firstInHead(sources, DOCUMENT_NUMBER, "document-number", m -> m.group().replaceAll("\\s", ""));
        Detected<String> signer = firstInHead(sources, SIGNER, "signer", m -> m.group(1).replaceAll("[\\s　]", ""));
        return new Detection(township.township, township.county, year, number, signer, township.candidates,
                township.mention);
    }

    // ---- township and county ------------------------------------------------------------------------------

    private record Scored(NameOccurrence occurrence, TextSource source, Township unit, int score, int qualifierStart,
            boolean heading) {
    }

    private record TownshipReading(Detected<String> township, Detected<String> county, List<Township> candidates,
            Evidence mention) {
    }

    private TownshipReading readTownship(List<TextSource> sources, TextSource body) {
        List<Scored> scored = new ArrayList<>();
        for (TextSource source : sources) {
            for (TextSource.Line line : source.head()) {
                scoreLine(source, line.start(), line.end(), true, body.text(), scored);
            }
        }
        if (scored.isEmpty()) {
            // no heading names a unit: accept a county-qualified name near the top of the body (郁南县历洞镇2021年…)
            scoreLine(body, 0, Math.min(body.text().length(), BODY_SCAN_CHARS), false, body.text(), scored);
            scored.removeIf(s -> s.qualifierStart < 0);
        }
        if (scored.isEmpty()) {
            return new TownshipReading(null, null, List.of(), null);
        }
        int best = scored.stream().mapToInt(Scored::score).max().orElseThrow();
        List<Scored> top = scored.stream().filter(s -> s.score == best)
                .sorted(Comparator.comparingInt((Scored s) -> s.source.name().equals(Evidence.TITLE) ? 0 : 1)
                        .thenComparingInt(s -> s.occurrence.start()))
                .toList();
        Scored first = top.get(0);
        Map<String, Township> units = new HashMap<>();
        top.stream().filter(s -> s.occurrence.start() == first.occurrence.start() && s.source == first.source)
                .forEach(s -> units.put(s.unit.code(), s.unit));
        Evidence mention = Evidence.of(first.source, first.occurrence.start(), first.occurrence.end(),
                first.heading ? "heading" : "body");
        if (units.size() > 1) {
            List<Township> candidates = units.values().stream().sorted(Comparator.comparing(Township::code)).toList();
            return new TownshipReading(null, null, candidates, mention);
        }
        Township unit = first.unit;
        boolean qualified = first.qualifierStart >= 0;
        int start = qualified ? first.qualifierStart : first.occurrence.start();
        String rule = (first.heading ? "heading" : "body") + (qualified ? "-county-township" : "-township");
        Evidence evidence = Evidence.of(first.source, start, first.occurrence.end(), rule);
        Detected<String> township = new Detected<>(unit.name(), unit.code(), first.heading, evidence);
        return new TownshipReading(township, county(unit, first, body), List.of(), mention);
    }

    private Detected<String> county(Township unit, Scored best, TextSource body) {
        if (best.qualifierStart >= 0) {
            int end = best.source.text().lastIndexOf(unit.county(), best.occurrence.start());
            if (end >= 0) {
                return new Detected<>(unit.county(), unit.countyCode(), true,
                        Evidence.of(best.source, end, end + unit.county().length(), "heading-county"));
            }
        }
        int at = body.text().indexOf(unit.county());
        Evidence evidence = at < 0 ? null : Evidence.of(body, at, at + unit.county().length(), "county-mention");
        return new Detected<>(unit.county(), unit.countyCode(), false, evidence);
    }

    private void scoreLine(TextSource source, int from, int to, boolean heading, String body, List<Scored> out) {
        List<NameOccurrence> found = registry.occurrences(source.text(), from, to);
        for (NameOccurrence occurrence : found) {
            if (insideLonger(occurrence, found)) {
                continue;
            }
            for (Township unit : occurrence.units()) {
                int qualifierStart = qualifierStart(source.text(), from, occurrence.start(), unit);
                int score = heading ? 10 : 0;
                if (qualifierStart >= 0) {
                    score += 100;
                } else if (body.contains(unit.county())) {
                    score += 30; // 丰都县法治政府建设实施意见, 中共郁南县委 …
                } else if (body.contains(unit.city())) {
                    score += 10;
                }
                if (GOVERNMENT_AFTER.matcher(source.text().substring(occurrence.end(), Math.min(to, occurrence.end() + 8)))
                        .find()) {
                    score += 20;
                }
                if (occurrence.name().equals(unit.name())) {
                    score += 1; // the current name over a former one
                }
                out.add(new Scored(occurrence, source, unit, score, qualifierStart, heading));
            }
        }
    }

    private static boolean insideLonger(NameOccurrence o, List<NameOccurrence> all) {
        for (NameOccurrence other : all) {
            if (other != o && other.start() <= o.start() && other.end() >= o.end()
                    && other.end() - other.start() > o.end() - o.start()) {
                return true;
            }
        }
        return false;
    }

    /** Where the unit's county (optionally after its city and province) ends right before the name, or -1. */
    private static int qualifierStart(String text, int lineStart, int nameStart, Township unit) {
        int end = nameStart;
        while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (!text.startsWith(unit.county(), end - unit.county().length()) || end - unit.county().length() < lineStart) {
            return -1;
        }
        int start = end - unit.county().length();
        if (unit.city() != null && text.startsWith(unit.city(), start - unit.city().length())
                && start - unit.city().length() >= lineStart) {
            start -= unit.city().length();
        }
        if (unit.province() != null && !unit.province().equals(unit.city())
                && text.startsWith(unit.province(), start - unit.province().length())
                && start - unit.province().length() >= lineStart) {
            start -= unit.province().length();
        }
        return start;
    }

    // ---- year -------------------------------------------------------------------------------------------------

    private Detected<Integer> readYear(List<TextSource> sources, TextSource body) {
        for (TextSource source : sources) {
            List<TextSource.Line> head = source.head();
            for (int i = 0; i < head.size(); i++) {
                TextSource.Line line = head.get(i);
                String next = i + 1 < head.size() ? head.get(i + 1).content() : "";
                if (SENTENCE.matcher(line.content()).find() || !ABOUT_RULE_OF_LAW.matcher(line.content()).find()
                        || !REPORT_WORD.matcher(line.content() + next).find()) {
                    continue;
                }
                Matcher m = YEAR.matcher(line.content());
                if (m.find()) {
                    return yearAt(source, line.start() + m.start(1), line.start() + m.end(), m.group(1), true, "title");
                }
            }
        }
        String text = body.text();
        String top = text.substring(0, Math.min(text.length(), BODY_SCAN_CHARS));
        Matcher sentence = BODY_REPORT_SENTENCE.matcher(top);
        if (sentence.find()) {
            return yearAt(body, sentence.start(1), sentence.end(), sentence.group(1), false, "report-sentence");
        }
        Matcher opening = PARAGRAPH_OPENING_YEAR.matcher(top);
        if (opening.find()) {
            return yearAt(body, opening.start(1), opening.end(), opening.group(1), false, "paragraph-opening");
        }
        return null;
    }

    private static Detected<Integer> yearAt(TextSource source, int start, int end, String digits, boolean strong,
            String rule) {
        return new Detected<>(yearValue(digits), null, strong, Evidence.of(source, start, end, rule));
    }

    static int yearValue(String digits) {
        if (Character.isDigit(digits.charAt(0)) && digits.charAt(0) < 128) {
            return Integer.parseInt(digits);
        }
        int value = 0;
        for (char c : digits.toCharArray()) {
            value = value * 10 + "〇一二三四五六七八九".indexOf(c == '○' || c == '零' ? '〇' : c);
        }
        return value;
    }

    // ---- document number and signer ---------------------------------------------------------------------------

    private static Detected<String> firstInHead(List<TextSource> sources, Pattern pattern, String rule,
            java.util.function.Function<Matcher, String> value) {
        for (TextSource source : sources) {
            for (TextSource.Line line : source.head()) {
                Matcher m = pattern.matcher(line.content());
                if (m.find()) {
                    return new Detected<>(value.apply(m), null, true,
                            Evidence.of(source, line.start() + m.start(), line.start() + m.end(), rule));
                }
            }
        }
        return null;
    }
}
