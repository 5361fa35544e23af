package io.fazhi.dashboard.web;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fazhi.dashboard.config.DashboardConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * Sign-in to the pages. In production the county's OpenID Connect provider signs people in (authorization-code flow
 * through the proxy in front of the pages, which passes the access token on as a bearer token; the same issuer the
 * APIs trust). With the local launcher, its development users sign in with one click: the page keeps the token in an
 * HttpOnly, SameSite=Strict cookie, which the service reads like a bearer token. Posts are checked by
 * {@link SameOriginGuard}.
 */
@Path("/ui")
@Tag(name = "pages")
public class SignIn {

    static final String COOKIE = "fazhi_token";

    /** The sign-in page. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(List<DevelopmentUsers.User> users, String provider);
    }

    private final DevelopmentUsers users;
    private final DashboardConfig.Pages config;

    SignIn(DevelopmentUsers users, DashboardConfig config) {
        this.users = users;
        this.config = config.pages();
    }

    @GET
    @Path("/sign-in")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Sign in: the development users with one click locally, else the county's provider")
    public Response page() {
        if (!users.offered()) {
            return Response.seeOther(URI.create(config.signInUrl())).build();
        }
        return Response.ok(Templates.signIn(users.list(), config.signInUrl())).build();
    }

    @POST
    @Path("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Signs in as one of the launcher's development users (local profile only)")
    public Response signIn(@FormParam("user") String user) {
        DevelopmentUsers.User u = users.find(user == null ? "" : user).orElse(null);
        if (u == null) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("没有这个开发用户。").build();
        }
        return Response.seeOther(URI.create("/ui")).cookie(cookie(u.token(), NewCookie.DEFAULT_MAX_AGE)).build();
    }

    @POST
    @Path("/sign-out")
    @Operation(summary = "Signs out of the pages")
    public Response signOut() {
        URI next = URI.create(users.offered() ? "/ui" : config.signOutUrl());
        return Response.seeOther(next).cookie(cookie("", 0)).build();
    }

    private static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").httpOnly(true).sameSite(NewCookie.SameSite.STRICT)
                .maxAge(maxAge).build();
    }
}
