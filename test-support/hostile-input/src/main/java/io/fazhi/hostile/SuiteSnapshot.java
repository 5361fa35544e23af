package io.fazhi.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a running suite holds, read over HTTP as an administrator of the whole country: every report version (its
 * metadata, its text byte for byte, its uploaded file), the registry entries and deadlines the siege aims at, the
 * stored indicators of every report, and the dashboard's data hash per county and year. Equal snapshots mean
 * nothing was stored, changed or lost.
 */
public final class SuiteSnapshot {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] WATCHED_UNITS = {"445322116", "610703113", "120119105", "500230124", "411523101"};
    private static final String[] WATCHED_DEADLINES = {"44/2019", "4453/2019", "445322/2019", "445322116/2019",
            "610703/2022", "120119/2022", "500230/2022", "411523/2022"};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI submission;
    private final URI indicator;
    private final URI dashboard;
    private final String bearer;

    public SuiteSnapshot(URI submission, URI indicator, URI dashboard, String countryAdminToken) {
        this.submission = submission;
        this.indicator = indicator;
        this.dashboard = dashboard;
        this.bearer = countryAdminToken;
    }

    /**
     * A snapshot once the suite has settled: every report's indicators are computed and two snapshots two seconds
     * apart agree. Gives up after {@code patience}.
     */
    public Map<String, String> settled(Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        Map<String, String> last = null;
        IOException unsettled = null;
        while (System.nanoTime() < deadline) {
            try {
                Map<String, String> now = take();
                if (now.equals(last)) {
                    return now;
                }
                last = now;
            } catch (IOException e) { // an indicator set not computed yet is a 404
                unsettled = e;
                last = null;
            }
            Thread.sleep(2_000);
        }
        throw new IOException("the suite did not settle within " + patience, unsettled);
    }

    /** A digest per stored thing, keyed by what it is (report 12 text, indicators 445322116/2021, …). */
    public Map<String, String> take() throws IOException, InterruptedException {
        Map<String, String> digests = new TreeMap<>();
        TreeMap<String, String> countyYears = new TreeMap<>();
        for (int page = 0; ; page++) {
            JsonNode list = JSON.readTree(get(submission, "/api/v1/reports?size=500&page=" + page));
            for (JsonNode report : list.get("items")) {
                long id = report.get("id").asLong();
                digests.put("report " + id, sha256(JSON.writeValueAsBytes(report)));
                digests.put("report " + id + " text", sha256(get(submission, "/api/v1/reports/" + id + "/text")));
                if (report.hasNonNull("file")) {
                    digests.put("report " + id + " file", sha256(get(submission, "/api/v1/reports/" + id + "/file")));
                }
                String code = report.get("townshipCode").asText();
                int year = report.get("year").asInt();
                digests.put("indicators " + code + "/" + year,
                        sha256(get(indicator, "/api/v1/indicators/" + code + "/" + year)));
                countyYears.put(code.substring(0, 6) + "/" + year, code.substring(0, 6));
            }
            if ((long) (page + 1) * 500 >= list.get("total").asLong()) {
                break;
            }
        }
        for (String code : WATCHED_UNITS) {
            digests.put("township " + code, sha256(get(submission, "/api/v1/townships/" + code)));
        }
        for (String deadline : WATCHED_DEADLINES) {
            digests.put("deadline " + deadline, sha256(getAny(submission, "/api/v1/deadlines/" + deadline)));
        }
        for (String countyYear : countyYears.keySet()) {
            String[] p = countyYear.split("/");
            digests.put("ranking " + countyYear, dataHash(p[0], p[1]));
        }
        return digests;
    }

    private String dataHash(String area, String year) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = send(dashboard, "/api/v1/rankings?indicator=structure.completeness&area=" + area
                + "&year=" + year);
        return r.statusCode() + " " + r.headers().firstValue("X-Data-Hash").orElse("");
    }

    private byte[] get(URI base, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = send(base, path);
        if (r.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** The status and body, whatever the status (a deadline that was never set is a 404). */
    private byte[] getAny(URI base, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = send(base, path);
        return Bytes.concat(Bytes.utf8(r.statusCode() + "\n"), r.body());
    }

    private HttpResponse<byte[]> send(URI base, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + bearer).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
