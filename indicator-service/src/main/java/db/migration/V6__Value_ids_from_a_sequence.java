package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import io.fazhi.commons.schema.IdSequence;

/** indicator_value ids from a sequence, so that an extraction's values are inserted in one batch. */
public class V6__Value_ids_from_a_sequence extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        IdSequence.create(context.getConnection(), "indicator_value_seq", "indicator_value");
    }
}
