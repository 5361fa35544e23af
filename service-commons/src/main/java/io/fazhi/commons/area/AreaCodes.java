package io.fazhi.commons.area;

import java.util.ArrayList;
import java.util.List;

/** Division codes: a township's 9 digits start with its county's 6, its city's 4 and its province's 2. */
public final class AreaCodes {

    private static final int[] LEVELS = {2, 4, 6, 9};

    private AreaCodes() {
    }

    /** The areas that enclose a code, itself included: its 2, 4, 6 and 9-digit prefixes, as long as it has them. */
    public static List<String> enclosing(String code) {
        List<String> areas = new ArrayList<>(LEVELS.length);
        for (int length : LEVELS) {
            if (code.length() >= length) {
                areas.add(code.substring(0, length));
            }
        }
        return areas;
    }
}
