package com.angelskitchen.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;

/**
 * CSRF guard for the API (anonymous requests are left to the role check, which answers 401). A
 * browser signed in by its session cookie would send that cookie with a form another site makes it
 * post; so a state-changing request that does not carry its own credentials (an Authorization
 * header) must carry the header {@value #HEADER}, which only this application's own scripts set (a
 * cross-site form cannot set headers, and a cross-site script would need a CORS preflight this
 * server never grants).
 */
@Provider
@PreMatching
public class SameOriginWrites implements ContainerRequestFilter {

  public static final String HEADER = "X-Kitchen-Client";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  public void filter(ContainerRequestContext request) {
    if (SAFE.contains(request.getMethod())
        || request.getSecurityContext().getUserPrincipal() == null
        || request.getHeaderString("Authorization") != null
        || request.getHeaderString(HEADER) != null) {
      return;
    }
    request.abortWith(
        ApiErrors.refuse(
            ApiLanguage.current(),
            Response.Status.FORBIDDEN,
            "request.client-header-missing",
            "a state-changing request from a browser must carry the " + HEADER + " header",
            List.of(),
            HEADER));
  }
}
