package io.fazhi.indicator.repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A fingerprint of what a request could change in indicator-service: every extraction, indicator value, correction
 * and audit step, column by column, and how many events were written to the outbox or marked processed (the relay changes outbox rows by
 * itself, so only their number is compared).
 */
@ApplicationScoped
public class StoreDigest {

    /** Row counts per table and one SHA-256 over the extraction and indicator rows. */
    public record Snapshot(Map<String, Long> rows, String sha256) {
    }

    private final DataSource dataSource;

    StoreDigest(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Snapshot take() throws SQLException {
        MessageDigest digest = sha256();
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[] {"report_extraction", "indicator_value", "value_correction",
                "review_audit"}) {
                long n = 0;
                try (ResultSet r = s.executeQuery("select * from " + table + " order by id")) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        n++;
                        for (int i = 1; i <= columns; i++) {
                            digest.update(String.valueOf(r.getString(i)).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                        digest.update((byte) '\n');
                    }
                }
                rows.put(table, n);
            }
            for (String table : new String[] {"outbox_event", "processed_event"}) {
                try (ResultSet r = s.executeQuery("select count(*) from " + table)) {
                    r.next();
                    rows.put(table, r.getLong(1));
                }
            }
        }
        return new Snapshot(rows, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
