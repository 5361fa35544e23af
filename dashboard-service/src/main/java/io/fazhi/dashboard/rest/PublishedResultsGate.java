package io.fazhi.dashboard.rest;

import java.net.URI;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.fazhi.commons.security.PublicResults;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Asks for a bearer token before a {@link PublishedResult} when results are not public. The identity is read
 * without blocking, so held rankings are still answered from the event loop; a missing token is a 401 problem, an
 * invalid or expired one too. A page ({@code /ui}) sends an anonymous person to sign in instead.
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
    public Uni<Response> requireReader(UriInfo uri) {
        if (publicResults.open()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() && uri.getPath().startsWith("/ui")) {
                return Response.seeOther(URI.create("/ui/sign-in")).build(); // a person, sent to sign in
            }
            publicResults.requireReader(identity.isAnonymous());
            return null;
        });
    }
}
