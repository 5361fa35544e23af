package io.fazhi.submission.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * One township-level unit (乡, 镇, 街道 or similar) under its 9-digit statistical division code, with its county,
 * city and province. {@code formerNames} are the names it had before a rename; {@code validFrom} is null for units
 * as published in the edition and the date of the county's change otherwise.
 */
public record Township(String code, String name, String kind, String countyCode, String county, String cityCode,
        String city, String provinceCode, String province, List<String> formerNames, LocalDate validFrom) {

    public static final String STREET = "街道";
    public static final String TOWN = "镇";
    public static final String RURAL = "乡";
    public static final String OTHER = "other";

    public Township {
        formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
    }

    /** The kind the national rules give to township digits 7-9: 001-099 街道, 1xx 镇, 2xx-3xx 乡, else other. */
    public static String kindOf(String code) {
        int digits = Integer.parseInt(code.substring(6, 9));
        if (digits < 100) {
            return STREET;
        }
        if (digits < 200) {
            return TOWN;
        }
        return digits < 400 ? RURAL : OTHER;
    }

    /** County, then township: 郁南县历洞镇. */
    public String fullName() {
        return county + name;
    }

    /** This unit renamed from a date, its current name kept among the former ones. */
    public Township renamed(String newName, LocalDate from) {
        List<String> former = new java.util.ArrayList<>(formerNames);
        if (!former.contains(name)) {
            former.add(name);
        }
        former.remove(newName);
        return new Township(code, newName, kind, countyCode, county, cityCode, city, provinceCode, province, former,
                from);
    }
}
