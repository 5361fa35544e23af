package io.fazhi.dashboard.web;

import java.net.URI;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Cross-site request forgery: a form posted to a page must come from a page of this host (its Origin, or for old
 * browsers its Referer, names this host). Together with the SameSite=Strict sign-in cookie, a page of another site
 * can neither carry the cookie nor pass this check.
 */
public class SameOriginGuard {

    @ServerRequestFilter
    public Response sameOrigin(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/ui")) {
            return null;
        }
        String from = request.getHeaderString("Origin");
        if (from == null || from.equals("null")) {
            from = request.getHeaderString("Referer");
        }
        String host = request.getHeaderString("Host");
        if (from != null && host != null && host.equals(authority(from))) {
            return null;
        }
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity("表单须从本站页面提交（跨站请求已拒绝）。").build();
    }

    private static String authority(String url) {
        try {
            return URI.create(url).getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
