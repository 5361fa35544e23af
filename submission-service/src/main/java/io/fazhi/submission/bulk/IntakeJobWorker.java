package io.fazhi.submission.bulk;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import io.fazhi.commons.problem.Problem;
import io.fazhi.commons.security.CurrentCaller;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Submits the waiting files of bulk uploads one at a time, oldest first, on a thread of its own. It is woken when a
 * job commits and every second besides, so that files left waiting by a restart (or by a crashed replica, once
 * their claim times out) are taken up again. Each file is submitted in a request context of its own that acts as
 * the job's creator, so the ordinary access rules decide; whatever one file throws refuses that file only.
 */
@ApplicationScoped
public class IntakeJobWorker {

    private static final Logger LOG = Logger.getLogger(IntakeJobWorker.class);

    private final IntakeFileProcessor processor;
    private final CurrentCaller caller;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "intake-worker");
        t.setDaemon(true);
        return t;
    });

    IntakeJobWorker(IntakeFileProcessor processor, CurrentCaller caller) {
        this.processor = processor;
        this.caller = caller;
    }

    void onCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) IntakeJobCreated created) {
        wake();
    }

    @Scheduled(every = "${fazhi.intake.poll-every:PT1S}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    /** Starts draining unless a drain is running already (which will find the new files itself). */
    public void wake() {
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining.set(false); // shutting down: the files wait for the next start
            }
        }
    }

    private void drain() {
        try {
            Optional<IntakeFileProcessor.Claim> claim;
            while (!Thread.currentThread().isInterrupted() && (claim = processor.claimNext()).isPresent()) {
                process(claim.get());
            }
        } catch (RuntimeException e) {
            LOG.warnf("Intake worker pass failed, retrying on the next pass: %s", e.getMessage());
        } finally {
            draining.set(false);
        }
    }

    private void process(IntakeFileProcessor.Claim claim) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            caller.actAs(claim.creator());
            processor.store(claim);
        } catch (RuntimeException e) {
            Problem refusal = IntakeRefusals.of(e).orElseGet(() -> {
                LOG.errorf(e, "Intake file %d could not be processed", claim.fileId());
                return IntakeRefusals.unprocessable();
            });
            processor.refuse(claim, refusal);
        } finally {
            requestContext.terminate();
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
