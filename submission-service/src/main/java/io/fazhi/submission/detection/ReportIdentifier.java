package io.fazhi.submission.detection;

import java.util.ArrayList;
import java.util.List;

import io.fazhi.commons.problem.Violation;
import io.fazhi.submission.detection.IdentificationException.Kind;
import io.fazhi.submission.registry.Township;
import io.fazhi.submission.registry.TownshipRegistry;

/**
 * Settles which township and year a report is for, from the given fields and what the text says. Given fields win
 * over weak readings of the body; a given field that disagrees with the title or heading lines is refused, since
 * one of the two is wrong and the county should not guess which.
 */
public final class ReportIdentifier {

    /** The fields a submitter gave (any may be null). */
    public record Given(String townshipCode, String township, String county, Integer year) {
    }

    /** The outcome, and which fields came from the text rather than the submitter. */
    public record Identified(Township township, int year, List<String> fromText) {
    }

    private final TownshipRegistry registry;
    private final int firstYear;
    private final int lastYear;

    public ReportIdentifier(TownshipRegistry registry, int firstYear, int lastYear) {
        this.registry = registry;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    public Identified identify(Given given, Detection detection) {
        List<String> fromText = new ArrayList<>();
        Township unit = township(given, detection, fromText);
        int year = year(given, detection, fromText);
        return new Identified(unit, year, List.copyOf(fromText));
    }

    private Township township(Given given, Detection d, List<String> fromText) {
        Township unit;
        String field;
        if (present(given.townshipCode())) {
            field = "townshipCode";
            unit = registry.byCode(given.townshipCode()).orElseThrow(() -> fail(Kind.UNKNOWN_TOWNSHIP, field,
                    given.townshipCode().strip() + " is not a township code in the registry",
                    present(given.township()) ? registry.resolve(given.township(), given.county()) : List.of()));
            if (present(given.township()) && !isCalled(unit, given.township())) {
                throw fail(Kind.CONTRADICTS_TEXT, "township", "is '" + given.township().strip() + "' but "
                        + unit.code() + " is " + unit.fullName(), List.of(unit));
            }
            if (present(given.county()) && !TownshipRegistry.qualifies(unit, given.county())) {
                throw fail(Kind.CONTRADICTS_TEXT, "county", "is '" + given.county().strip() + "' but " + unit.code()
                        + " is in " + unit.county(), List.of(unit));
            }
        } else if (present(given.township())) {
            field = "township";
            List<Township> candidates = registry.resolve(given.township(), given.county());
            if (candidates.isEmpty()) {
                List<Township> elsewhere = present(given.county()) ? registry.resolve(given.township(), null) : List.of();
                throw fail(Kind.UNKNOWN_TOWNSHIP, field, "'" + given.township().strip() + "'"
                        + (present(given.county()) ? " in '" + given.county().strip() + "'" : "")
                        + " is not in the registry" + (elsewhere.isEmpty() ? "" : "; units of that name are listed"),
                        elsewhere);
            }
            unit = candidates.size() == 1 ? candidates.get(0) : narrow(candidates, d).orElseThrow(() -> fail(
                    Kind.AMBIGUOUS_TOWNSHIP, "township", "'" + given.township().strip() + "' is the name of "
                            + candidates.size() + " units; give the county or the code", candidates));
        } else {
            field = present(given.county()) ? "county" : "township";
            unit = fromDetection(given, d);
            fromText.add("township");
            if (!present(given.county())) {
                fromText.add("county");
            }
            return unit;
        }
        contradiction(field, unit, d);
        return unit;
    }

    private Township fromDetection(Given given, Detection d) {
        List<Township> candidates = d.township() != null
                ? registry.byCode(d.township().code()).map(List::of).orElse(List.of())
                : d.candidates();
        if (present(given.county())) {
            List<Township> inCounty = candidates.stream()
                    .filter(t -> TownshipRegistry.qualifies(t, given.county())).toList();
            if (inCounty.isEmpty() && !candidates.isEmpty()) {
                throw fail(Kind.CONTRADICTS_TEXT, "county", "is '" + given.county().strip() + "' but the text names "
                        + describe(d) + ", which is not there", candidates);
            }
            candidates = inCounty;
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.size() > 1) {
            throw fail(Kind.AMBIGUOUS_TOWNSHIP, "township", "is named in the text as " + describe(d) + ", the name of "
                    + candidates.size() + " units; give the county or the code", candidates);
        }
        throw fail(Kind.UNDETERMINED, "township", "is not given and no township is named in the title or heading "
                + "lines; give townshipCode, or township and county", List.of());
    }

    private static java.util.Optional<Township> narrow(List<Township> candidates, Detection d) {
        if (d.township() != null) {
            return candidates.stream().filter(t -> t.code().equals(d.township().code())).findFirst();
        }
        List<Township> both = candidates.stream().filter(d.candidates()::contains).toList();
        return both.size() == 1 ? java.util.Optional.of(both.get(0)) : java.util.Optional.empty();
    }

    /** A unit the heading names that is not the unit the fields name. */
    private static void contradiction(String field, Township unit, Detection d) {
        if (d.township() != null && d.township().strong() && !d.township().code().equals(unit.code())
                && !endsTheNameOf(unit, d.township().evidence())) {
            throw fail(Kind.CONTRADICTS_TEXT, field, "names " + unit.fullName() + " (" + unit.code()
                    + ") but the text names " + describe(d) + " (" + d.township().code() + ")", List.of(unit));
        }
        if (d.township() == null && !d.candidates().isEmpty() && !d.candidates().contains(unit)
                && "heading".equals(d.townshipMention().rule()) && !endsTheNameOf(unit, d.townshipMention())) {
            throw fail(Kind.CONTRADICTS_TEXT, field, "names " + unit.fullName() + " (" + unit.code()
                    + ") but the text names " + describe(d), d.candidates());
        }
    }

    /**
     * A heading mention that is the tail of the named unit's full name is that name matched short, not another unit:
     * the registry names 130273001 plainly 街道, in the county 唐山高新技术产业开发区, and its heading
     * 唐山高新技术产业开发区街道 reads as 开发区街道, the name of units elsewhere; 集贤县种畜场 (230521582) reads as
     * 县种畜场 (653121400). The national benchmark found 20 such units.
     */
    private static boolean endsTheNameOf(Township unit, Evidence mention) {
        return mention.quote() != null && unit.fullName().length() > mention.quote().length()
                && unit.fullName().endsWith(mention.quote());
    }

    private int year(Given given, Detection d, List<String> fromText) {
        Detected<Integer> read = d.year();
        if (given.year() != null) {
            if (read != null && read.strong() && !read.value().equals(given.year())) {
                throw fail(Kind.CONTRADICTS_TEXT, "year", "is " + given.year() + " but the " + read.evidence().source()
                        + " says " + read.value() + " ('" + read.evidence().quote() + "' at " + read.evidence().start()
                        + "–" + read.evidence().end() + ")", List.of());
            }
            return given.year();
        }
        if (read == null) {
            throw fail(Kind.UNDETERMINED, "year", "is not given and the text does not say which year it reports on "
                    + "(e.g. '2021年度法治政府建设报告')", List.of());
        }
        if (read.value() < firstYear || read.value() > lastYear) {
            throw fail(Kind.UNDETERMINED, "year", "is " + read.value() + " in the text ('" + read.evidence().quote()
                    + "'), outside " + firstYear + "–" + lastYear, List.of());
        }
        fromText.add("year");
        return read.value();
    }

    private static boolean isCalled(Township unit, String name) {
        String n = TownshipRegistry.compact(name);
        return n.equals(unit.name()) || unit.formerNames().contains(n) || n.equals(unit.fullName())
                || (n.endsWith(unit.name()) && TownshipRegistry.qualifies(unit, n.substring(0, n.length() - unit.name().length())));
    }

    private static String describe(Detection d) {
        Evidence e = d.township() != null ? d.township().evidence() : d.townshipMention();
        return "'" + e.quote() + "' (" + e.source() + " " + e.start() + "–" + e.end() + ")";
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static IdentificationException fail(Kind kind, String field, String message, List<Township> candidates) {
        return new IdentificationException(kind, field + " " + message + ".", List.of(new Violation(field, message)),
                candidates);
    }
}
