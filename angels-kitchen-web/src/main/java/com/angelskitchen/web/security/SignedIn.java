package com.angelskitchen.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Who signed a browser session in, with their groups and when: kept in the HTTP session by {@link
 * StaffAuthentication} and handed to the container afresh on every request of that session.
 *
 * <p>Why not the container's "registered session" (or {@code @AutoApplySession}), which hands back
 * the principal of the sign-in request: under concurrent requests Payara 6.2025 sometimes rebuilt
 * that principal without its groups, and a signed-in cook got 403 on a bump (measured on the demo:
 * 1.5 % of requests with two busy sessions, 4-6 % with eight; SignInIT and TwoScreensBumpIT catch
 * it).
 *
 * @param username who signed in
 * @param groups the security groups of their role at that moment
 * @param at when, epoch milliseconds (a later change to the account ends the session)
 * @param language the language chosen for this sign-in (the screen's, else the member's), a BCP 47
 *     tag; null for the store's
 */
record SignedIn(String username, Set<String> groups, long at, String language)
    implements Serializable {

  private static final String ATTRIBUTE = "ak.signedIn";

  SignedIn {
    groups = Set.copyOf(groups);
  }

  /** Keeps this sign-in in the request's session, creating the session if needed. */
  void keepIn(HttpServletRequest request) {
    request.getSession(true).setAttribute(ATTRIBUTE, this);
  }

  /** The same sign-in speaking another language (kept in the session by the caller). */
  SignedIn speaking(String other) {
    return new SignedIn(username, groups, at, other);
  }

  /** The sign-in kept in this session, or null. */
  static SignedIn of(HttpSession session) {
    return session == null ? null : (SignedIn) session.getAttribute(ATTRIBUTE);
  }
}
