package io.fazhi.commons.security;

import java.net.URI;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Asks for a bearer token before a {@link PublicResult} when results are not public. The identity is read
 * without blocking, so held rankings are still answered from the event loop; a missing token is a 401 problem, an
 * invalid or expired one too. A page ({@code /ui}) sends an anonymous person to sign in instead.
 */
public class PublicResultsGate {

    private final PublicResults publicResults;
    private final CurrentIdentityAssociation identities;

    PublicResultsGate(PublicResults publicResults, CurrentIdentityAssociation identities) {
        this.publicResults = publicResults;
        this.identities = identities;
    }

    @PublicResult
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
