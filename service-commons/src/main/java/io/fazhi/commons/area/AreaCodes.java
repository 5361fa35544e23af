package io.fazhi.commons.area;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Division codes: a township's 9 digits start with its county's 6, its city's 4 and its province's 2. */
public final class AreaCodes {

    /** An area: a province (2 digits), city (4), county (6) or township (9); for {@code @Pattern} and matching. */
    public static final String AREA = "\\d{2}|\\d{4}|\\d{6}|\\d{9}";
    /** What a request is told when an area code does not match {@link #AREA}. */
    public static final String AREA_MESSAGE = "must be a 2, 4, 6 or 9-digit code";

    private static final Pattern AREA_CODE = Pattern.compile(AREA);
    private static final int[] LEVELS = {2, 4, 6, 9};

    private AreaCodes() {
    }

    /** Whether the text is an area code: 2, 4, 6 or 9 digits. */
    public static boolean isArea(String text) {
        return text != null && AREA_CODE.matcher(text).matches();
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
