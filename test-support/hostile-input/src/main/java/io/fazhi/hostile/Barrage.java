package io.fazhi.hostile;

import java.util.Random;
import java.util.function.Function;

/**
 * A seeded series of attacks on one endpoint: the same seed gives the same requests, so a failure's case number
 * reproduces it.
 */
public record Barrage(String name, long seed, Function<Hostile, Attack> attacks) {

    /** Looks at each answer beyond what {@link Verdict} judges; returns what is wrong with it, or null. */
    @FunctionalInterface
    public interface Inspector {
        String inspect(Attack attack, Verdict verdict) throws Exception;
    }

    /** Sends {@code cases} attacks one after another and tallies the answers; an inspector's finding is a failure. */
    public Tally fire(HostileClient client, int cases, Inspector inspector) throws Exception {
        Hostile hostile = new Hostile(new Random(seed));
        Tally tally = new Tally("fuzz " + name);
        for (int i = 0; i < cases; i++) {
            Attack attack = attacks.apply(hostile);
            Verdict verdict = client.send(attack);
            String finding = verdict.failed() ? null : inspector.inspect(attack, verdict);
            tally.add(i, attack, finding == null ? verdict : verdict.failing(finding));
        }
        return tally;
    }

    public Tally fire(HostileClient client, int cases) throws Exception {
        return fire(client, cases, (attack, verdict) -> null);
    }

    @Override
    public String toString() {
        return name;
    }
}
