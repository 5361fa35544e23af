package io.fazhi.submission.bulk;

/**
 * A bulk upload's progress: {@code files} in it, {@code queued} waiting (with the {@code processing} ones being
 * read now), {@code read} done, of which {@code stored} became a report and {@code refused} did not. Every file is
 * accounted for when {@code files == stored + refused}.
 */
public record IntakeCounts(int files, int queued, int processing, int read, int stored, int refused) {

    static IntakeCounts of(int queued, int processing, int stored, int refused) {
        return new IntakeCounts(queued + processing + stored + refused, queued + processing, processing,
                stored + refused, stored, refused);
    }
}
