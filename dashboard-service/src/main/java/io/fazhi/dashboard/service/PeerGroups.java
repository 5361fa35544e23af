package io.fazhi.dashboard.service;

import java.util.HashMap;
import java.util.Map;

import org.jboss.logging.Logger;

import io.fazhi.dashboard.config.DashboardConfig;
import io.fazhi.dashboard.coverage.ExpectedTownship;
import io.fazhi.dashboard.ranking.PeerGroup;
import io.fazhi.dashboard.suite.RegistryUnavailableException;
import io.fazhi.dashboard.suite.TownshipRegistryClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The peer group (街道, or 镇/乡) of each township of an area, from the registry's kind. While the registry cannot be
 * reached (and for a registry-cache period after), the engine groups townships by the kind their code's digits give
 * under the national rules, which the registry's kind differs from only where a county changed it.
 */
@ApplicationScoped
public class PeerGroups {

    private static final Logger LOG = Logger.getLogger(PeerGroups.class);

    private final TownshipRegistryClient registry;
    private final long retryAfterNanos;
    private volatile long failedAt;
    private volatile boolean failed;

    PeerGroups(TownshipRegistryClient registry, DashboardConfig config) {
        this.registry = registry;
        this.retryAfterNanos = config.registry().cacheTtl().toNanos();
    }

    /** Township code to peer group; empty when the registry is away (the code's kind applies). */
    public Map<String, String> of(String area) {
        if (failed && System.nanoTime() - failedAt < retryAfterNanos) {
            return Map.of();
        }
        try {
            Map<String, String> groups = new HashMap<>();
            for (ExpectedTownship t : registry.townships(area)) {
                groups.put(t.code(), PeerGroup.ofKind(t.kind() == null ? PeerGroup.kindOfCode(t.code()) : t.kind()));
            }
            failed = false;
            return groups;
        } catch (RegistryUnavailableException e) {
            LOG.warnf("Peer groups of %s from township codes: %s", area, e.getMessage());
            failedAt = System.nanoTime();
            failed = true;
            return Map.of();
        }
    }
}
