package io.fazhi.commons.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A sequence that hands out a table's ids in blocks, for a table whose rows were numbered by its identity column
 * until now: Hibernate can then send a report's rows to the database in one JDBC batch, which it cannot do while each
 * insert has to return its identity. The sequence starts a block above the highest id already written, whichever of
 * Hibernate's pooled optimizers reads it, and the same statement works on PostgreSQL and H2.
 */
public final class IdSequence {

    /** The block size, the same as the entities' {@code allocationSize}. */
    public static final int BLOCK = 50;

    private IdSequence() {
    }

    /** Creates {@code sequence} for {@code table}'s {@code id} column, above its highest id. */
    public static void create(Connection connection, String sequence, String table) throws SQLException {
        long highest;
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
            r.next();
            highest = r.getLong(1);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("create sequence " + sequence + " start with " + (highest + BLOCK) + " increment by " + BLOCK);
        }
    }
}
