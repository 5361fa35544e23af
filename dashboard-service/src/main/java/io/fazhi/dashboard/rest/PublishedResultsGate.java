package io.fazhi.dashboard.rest;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.fazhi.commons.security.PublicResults;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * Asks for a bearer token before a {@link PublishedResult} when results are not public. The identity is read
 * without blocking, so held rankings are still answered from the event loop; a missing token is a 401 problem, an
 * invalid or expired one too.
 */
public class PublishedResultsGate {

    private final PublicResults publicResults;
    private final CurrentIdentityAssociation identities;

    PublishedResultsGate(PublicResults publicResults, CurrentIdentityAssociation identities) {
        this.publicResults = publicResults;
        this.identities = identities;
    }

    @PublishedResult
    @ServerRequestFilter
    public Uni<Void> requireReader() {
        if (publicResults.open()) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity()
                .invoke(identity -> publicResults.requireReader(identity.isAnonymous()))
                .replaceWithVoid();
    }
}
