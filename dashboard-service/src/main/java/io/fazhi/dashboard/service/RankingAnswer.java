package io.fazhi.dashboard.service;

import java.util.function.Supplier;

/**
 * A computed ranking as it is held and served: its view and the view's JSON bytes (serialized once, so that a request
 * for a held answer only writes bytes), its CSV bytes made on first demand, the file name for CSV downloads, and the
 * methodology version and data hash that reproduce it.
 */
public abstract sealed class RankingAnswer permits CompositeAnswer, IndicatorAnswer {

    private final byte[] json;
    private final Supplier<byte[]> csvWriter;
    private final String csvFileName;
    private final String methodologyVersion;
    private final String dataHash;
    private volatile byte[] csv;

    RankingAnswer(byte[] json, Supplier<byte[]> csvWriter, String csvFileName, String methodologyVersion,
            String dataHash) {
        this.json = json;
        this.csvWriter = csvWriter;
        this.csvFileName = csvFileName;
        this.methodologyVersion = methodologyVersion;
        this.dataHash = dataHash;
    }

    public abstract Object view();

    public byte[] json() {
        return json;
    }

    /** Written once, on first demand (two requests at once may both write it; the bytes are the same). */
    public byte[] csv() {
        byte[] bytes = csv;
        if (bytes == null) {
            bytes = csvWriter.get();
            csv = bytes;
        }
        return bytes;
    }

    public String csvFileName() {
        return csvFileName;
    }

    public String methodologyVersion() {
        return methodologyVersion;
    }

    public String dataHash() {
        return dataHash;
    }
}
