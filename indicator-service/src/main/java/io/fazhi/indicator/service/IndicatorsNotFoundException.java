package io.fazhi.indicator.service;

/** No report of that township and year has been read. */
public class IndicatorsNotFoundException extends RuntimeException {

    public IndicatorsNotFoundException(String townshipCode, int year) {
        super("No indicators for township " + townshipCode + " in " + year + ".");
    }
}
