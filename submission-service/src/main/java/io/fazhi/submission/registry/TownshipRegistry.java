package io.fazhi.submission.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.fazhi.commons.area.AreaCodes;

/**
 * Every township-level unit, indexed by code and by name (current and former names). Immutable: a county's
 * change produces a new registry through {@link #withChanges}, so readers never see a half-applied change.
 */
public final class TownshipRegistry {

    private static final Pattern CODE = Pattern.compile("\\d{9}|\\d{12}");

    private final Map<String, Township> byCode;
    private final Map<String, List<Township>> byName;
    private final List<Township> sorted;
    private final int shortestName;
    private final int longestName;

    private TownshipRegistry(Map<String, Township> byCode) {
        this.byCode = byCode;
        this.sorted = byCode.values().stream().sorted(Comparator.comparing(Township::code)).toList();
        Map<String, List<Township>> names = new HashMap<>(byCode.size() * 2);
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (Township t : sorted) {
            for (String n : namesOf(t)) {
                names.computeIfAbsent(n, k -> new ArrayList<>(1)).add(t);
                shortest = Math.min(shortest, n.length());
                longest = Math.max(longest, n.length());
            }
        }
        names.replaceAll((k, v) -> List.copyOf(v));
        this.byName = names;
        this.shortestName = shortest == Integer.MAX_VALUE ? 1 : shortest;
        this.longestName = longest;
    }

    public static TownshipRegistry of(Collection<Township> units) {
        Map<String, Township> map = new HashMap<>(units.size() * 2);
        for (Township t : units) {
            map.put(t.code(), t);
        }
        return new TownshipRegistry(map);
    }

    /** This registry with the given units added or replacing the units of the same code. */
    public TownshipRegistry withChanges(Collection<Township> changed) {
        if (changed.isEmpty()) {
            return this;
        }
        Map<String, Township> map = new HashMap<>(byCode);
        for (Township t : changed) {
            map.put(t.code(), t);
        }
        return new TownshipRegistry(map);
    }

    public int size() {
        return byCode.size();
    }

    /** A unit by its 9-digit code or by a 12-digit code of one of its villages or of the unit itself. */
    public Optional<Township> byCode(String code) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(code.strip().substring(0, 9)));
    }

    /** Units whose current or former name is exactly this. */
    public List<Township> named(String name) {
        return name == null ? List.of() : byName.getOrDefault(compact(name), List.of());
    }

    /**
     * The units a name can mean: a code, a township name (历洞镇), or a name qualified by its county, city or
     * province (郁南县历洞镇, 汉中市南郑区法镇); {@code qualifier} (a county name or 6-digit county code) narrows
     * further. Empty: unknown; more than one: ambiguous.
     */
    public List<Township> resolve(String name, String qualifier) {
        String n = compact(name);
        String q = qualifier == null ? "" : compact(qualifier);
        if (n.isEmpty()) {
            return List.of();
        }
        if (CODE.matcher(n).matches()) {
            return byCode(n).filter(t -> q.isEmpty() || qualifies(t, q)).map(List::of).orElse(List.of());
        }
        List<Township> direct = named(n).stream().filter(t -> q.isEmpty() || qualifies(t, q)).toList();
        if (!direct.isEmpty()) {
            return direct;
        }
        Map<String, Township> found = new LinkedHashMap<>();
        for (int i = 1; i < n.length(); i++) {
            String prefix = n.substring(0, i);
            for (Township t : named(n.substring(i))) {
                if (qualifies(t, prefix) && (q.isEmpty() || qualifies(t, q))) {
                    found.put(t.code(), t);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * Whether the text names this unit's county, city or province, in that order read from the end
     * (南郑区, 汉中市南郑区, 陕西省汉中市南郑区, 郁南 without 县), or is its 6-digit county code.
     */
    public static boolean qualifies(Township t, String qualifier) {
        String q = compact(qualifier);
        if (q.isEmpty()) {
            return false;
        }
        if (q.length() == 6 && q.chars().allMatch(Character::isDigit)) {
            return q.equals(t.countyCode());
        }
        int before = q.length();
        q = cutSuffix(q, t.county());
        q = cutSuffix(q, t.city());
        q = cutSuffix(q, t.province());
        return q.isEmpty() && q.length() < before;
    }

    /** Every place in {@code text[from, to)} where a unit's name (current or former) occurs. */
    public List<NameOccurrence> occurrences(CharSequence text, int from, int to) {
        List<NameOccurrence> out = new ArrayList<>();
        int end = Math.min(to, text.length());
        for (int i = Math.max(0, from); i < end; i++) {
            for (int len = shortestName; len <= longestName && i + len <= end; len++) {
                String candidate = text.subSequence(i, i + len).toString();
                List<Township> units = byName.get(candidate);
                if (units != null) {
                    out.add(new NameOccurrence(candidate, i, i + len, units));
                }
            }
        }
        return out;
    }

    /** One page of units in an area (2, 4, 6 or 9-digit prefix, or all) whose name contains {@code q}. */
    public TownshipPage search(String area, String q, int page, int size) {
        String prefix = area == null ? "" : area.strip();
        if (!prefix.isEmpty() && !AreaCodes.isArea(prefix)) {
            throw new IllegalArgumentException("area must be a 2, 4, 6 or 9-digit code");
        }
        String needle = q == null ? "" : compact(q);
        List<Township> hits = new ArrayList<>();
        for (Township t : sorted) {
            if (t.code().startsWith(prefix) && (needle.isEmpty() || mentions(t, needle))) {
                hits.add(t);
            }
        }
        int from = (int) Math.min((long) page * size, hits.size());
        int to = Math.min(from + size, hits.size());
        return new TownshipPage(List.copyOf(hits.subList(from, to)), page, size, hits.size());
    }

    /** Some unit of this county, to learn the county's, city's and province's names. */
    public Optional<Township> anyInCounty(String countyCode) {
        for (Township t : sorted) {
            if (t.countyCode().equals(countyCode)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static boolean mentions(Township t, String needle) {
        if (t.name().contains(needle) || (t.county() + t.name()).contains(needle)) {
            return true;
        }
        return t.formerNames().stream().anyMatch(n -> n.contains(needle));
    }

    private static List<String> namesOf(Township t) {
        List<String> names = new ArrayList<>(1 + t.formerNames().size());
        names.add(compact(t.name()));
        for (String former : t.formerNames()) {
            String c = compact(former);
            if (!names.contains(c)) {
                names.add(c);
            }
        }
        return names;
    }

    /** Cuts a full name (郁南县) or its short form (郁南) from the end of the text. */
    private static String cutSuffix(String text, String name) {
        if (name == null || name.isEmpty()) {
            return text;
        }
        if (text.endsWith(name)) {
            return text.substring(0, text.length() - name.length());
        }
        String shortName = shortForm(name);
        if (shortName != null && text.endsWith(shortName)) {
            return text.substring(0, text.length() - shortName.length());
        }
        return text;
    }

    private static String shortForm(String name) {
        for (String suffix : new String[] {"自治县", "自治州", "县", "区", "市", "旗", "省"}) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    /** Names compare without any white space (PDF and Word headings are often letter-spaced: 报 告). */
    public static String compact(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** A unit name found in a text, with the units it can mean. */
    public record NameOccurrence(String name, int start, int end, List<Township> units) {
    }
}
