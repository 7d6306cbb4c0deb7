package com.angelskitchen.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an API resource method (on the method, or on the class for all its
 * methods), enforced by {@link RoleCheck}: no login → 401, another role → 403, and a method without
 * it (or {@code @PermitAll}) is refused to everyone.
 *
 * <p>Why not {@code @RolesAllowed}: Payara enforces that annotation on JAX-RS resources with a
 * filter of its own that cannot be switched off for a web module inside an EAR, and that filter
 * asks the Jakarta Security context for the caller on every request — which tries to load other
 * application servers' classes each time, about 8 % of the CPU of placing an order. The check is
 * the same; only the annotation's name differs. A stray {@code @RolesAllowed} is not honoured here:
 * such a method is denied to everyone, never opened.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowedRoles {

  /** Role names from {@link Roles}. */
  String[] value();
}
