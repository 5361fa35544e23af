package io.fazhi.indicator.service;

/** No report of that township and year has been read. */
public class IndicatorsNotFoundException extends RuntimeException {

    public IndicatorsNotFoundException(String townshipCode, int year) {
        super("No indicators for township " + townshipCode + " in " + year + ".");
    }

    public IndicatorsNotFoundException(String message) {
        super(message);
    }

    /** The township's report is read but its area publishes accepted values only and it is not accepted yet. */
    static IndicatorsNotFoundException notPublished(String townshipCode, int year) {
        return new IndicatorsNotFoundException("The indicators of township " + townshipCode + " for " + year
                + " are not published: its area publishes the values of accepted reports only, and the county has "
                + "not accepted this report version yet.");
    }
}
