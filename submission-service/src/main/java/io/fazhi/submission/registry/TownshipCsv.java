package io.fazhi.submission.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the registry file written by scripts/registry/build-registry.mjs (header line, RFC 4180, UTF-8). */
public final class TownshipCsv {

    public static final String RESOURCE = "/registry/townships.csv";
    private static final String HEADER =
            "code,name,kind,county_code,county_name,city_code,city_name,province_code,province_name";

    private TownshipCsv() {
    }

    /** The edition shipped with this service. */
    public static List<Township> bundled() {
        try (InputStream in = TownshipCsv.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Township registry " + RESOURCE + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Township> read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String header = reader.readLine();
        if (header == null || !HEADER.equals(header.strip())) {
            throw new IOException("Unexpected registry header: " + header);
        }
        List<Township> rows = new ArrayList<>(42_000);
        String line;
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() != 9 || f.get(0).length() != 9) {
                throw new IOException("Registry line " + lineNo + " is malformed: " + line);
            }
            rows.add(new Township(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6), f.get(7),
                    f.get(8), List.of(), null));
        }
        return rows;
    }

    /** Splits one line; quotes are rare (none in the 2023 edition) but legal. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>(9);
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
