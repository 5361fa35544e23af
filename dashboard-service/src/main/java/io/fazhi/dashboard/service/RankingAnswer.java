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
    private volatile byte[] gzippedJson;

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

    /**
     * The JSON gzipped, made once on first demand: an answer compressed once costs no more to serve than the plain
     * one, with a fifth of the bytes.
     */
    public byte[] gzippedJson() {
        byte[] bytes = gzippedJson;
        if (bytes == null) {
            bytes = gzip(json);
            gzippedJson = bytes;
        }
        return bytes;
    }

    static byte[] gzip(byte[] plain) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(plain.length / 4 + 64);
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(plain);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
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
