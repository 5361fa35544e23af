package io.fazhi.dashboard.messaging;

import org.jboss.logging.Logger;

import io.fazhi.commons.locks.YearLockChanged;
import io.fazhi.dashboard.readmodel.ReadModelUpdater;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** When a year is unlocked, the readings that came while it was locked are applied. */
@ApplicationScoped
public class UnlockReplay {

    private static final Logger LOG = Logger.getLogger(UnlockReplay.class);

    private final ReadModelUpdater updater;

    UnlockReplay(ReadModelUpdater updater) {
        this.updater = updater;
    }

    void unlocked(@Observes YearLockChanged change) {
        if (!change.locked()) {
            int applied = updater.replayParked(change.area(), change.year());
            LOG.infof("Year %d of area %s unlocked: %d parked readings applied", change.year(), change.area(), applied);
        }
    }
}
