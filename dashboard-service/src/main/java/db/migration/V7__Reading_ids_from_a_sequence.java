package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import io.fazhi.commons.schema.IdSequence;

/** indicator_reading ids from a sequence, so that a report's readings are inserted in one batch. */
public class V7__Reading_ids_from_a_sequence extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        IdSequence.create(context.getConnection(), "indicator_reading_seq", "indicator_reading");
    }
}
