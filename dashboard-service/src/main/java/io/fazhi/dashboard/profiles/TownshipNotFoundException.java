package io.fazhi.dashboard.profiles;

/** The read model holds nothing for a township (in the year and area asked): a 404. */
public class TownshipNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TownshipNotFoundException(String message) {
        super(message);
    }
}
