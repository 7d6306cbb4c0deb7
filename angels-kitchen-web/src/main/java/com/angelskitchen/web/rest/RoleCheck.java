package com.angelskitchen.web.rest;

import com.angelskitchen.web.i18n.Refusals;
import com.angelskitchen.web.i18n.Texts;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.StaffAuthentication;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
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
 * {@link AllowedRoles} on API resources, enforced here (see there why not {@code @RolesAllowed}).
 * Deny by default: a method with neither {@code @AllowedRoles} nor {@code @PermitAll}, on itself or
 * its class, is refused to everyone. No login → 401; the wrong role → 403.
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
    AllowedRoles roles = method.getAnnotation(AllowedRoles.class);
    if (roles == null && !method.isAnnotationPresent(DenyAll.class)) {
      if (type.isAnnotationPresent(PermitAll.class)) {
        return;
      }
      roles = type.getAnnotation(AllowedRoles.class);
    }
    context.register(
        new Check(roles == null ? List.of() : Arrays.asList(roles.value())),
        Priorities.AUTHENTICATION);
  }

  /** The word between two roles: "CASHIER or MANAGER". */
  static final String ROLES_OR = Refusals.PREFIX + "auth.role-required.or";

  /** The check for one resource method. */
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
                    ApiErrors.refuse(
                        ApiLanguage.current(),
                        Response.Status.UNAUTHORIZED,
                        "auth.sign-in-first",
                        "sign in first (HTTP Basic, or the login page)",
                        List.of()))
                .header("WWW-Authenticate", StaffAuthentication.CHALLENGE)
                .build());
        return;
      }
      if (roles.stream().noneMatch(security::isUserInRole)) {
        request.abortWith(refusal(ApiLanguage.current()));
      }
    }

    /** The 403, in a language: the roles are joined by its word for "or". */
    Response refusal(java.util.Locale language) {
      if (roles.isEmpty()) {
        return ApiErrors.refuse(
            language, Response.Status.FORBIDDEN, "auth.nobody", "nobody may call this", List.of());
      }
      String or = " " + Texts.in(language).get(ROLES_OR) + " ";
      return ApiErrors.refuse(
          language,
          Response.Status.FORBIDDEN,
          "auth.role-required",
          "this needs the role " + String.join(" or ", roles),
          List.of(),
          String.join(or, roles));
    }
  }
}
