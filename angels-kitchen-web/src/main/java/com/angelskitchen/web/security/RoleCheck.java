package com.angelskitchen.web.security;

import com.angelskitchen.web.api.ApiErrors;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * {@code @RolesAllowed} on API resources, enforced for CDI resources (the container only enforces
 * it on EJBs). Deny by default: a method with neither {@code @RolesAllowed} nor {@code @PermitAll},
 * on itself or its class, is refused to everyone. No login → 401; the wrong role → 403.
 */
@Provider
public class RoleCheck implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    Class<?> type = resource.getResourceClass();
    if (method.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles == null && !method.isAnnotationPresent(DenyAll.class)) {
      if (type.isAnnotationPresent(PermitAll.class)) {
        return;
      }
      roles = type.getAnnotation(RolesAllowed.class);
    }
    context.register(
        new Check(roles == null ? List.of() : Arrays.asList(roles.value())),
        Priorities.AUTHENTICATION);
  }

  /**
   * The check for one resource method. It runs before Payara's own {@code @RolesAllowed} filter
   * (which speaks of JWTs in its refusals), so that callers read this application's reasons.
   */
  @Priority(Priorities.AUTHENTICATION)
  static final class Check implements ContainerRequestFilter {
    private final List<String> roles;

    Check(List<String> roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      SecurityContext security = request.getSecurityContext();
      if (security.getUserPrincipal() == null) {
        request.abortWith(
            Response.fromResponse(
                    ApiErrors.answer(
                        Response.Status.UNAUTHORIZED,
                        "sign in first (HTTP Basic, or the login page)",
                        List.of()))
                .header("WWW-Authenticate", StaffAuthentication.CHALLENGE)
                .build());
        return;
      }
      if (roles.stream().noneMatch(security::isUserInRole)) {
        request.abortWith(
            ApiErrors.answer(
                Response.Status.FORBIDDEN,
                roles.isEmpty()
                    ? "nobody may call this"
                    : "this needs the role " + String.join(" or ", roles),
                List.of()));
      }
    }
  }
}
