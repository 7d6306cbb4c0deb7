package com.angelskitchen.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * The language kept with a browser session: the signed-in member's (or wall screen's) choice, or,
 * before anyone signs in, the choice made on the login page. The i18n package decides what to do
 * with it; this class only keeps it where the sign-in lives.
 */
public final class SessionLanguage {

  private static final String BEFORE_SIGN_IN = "ak.language";

  private SessionLanguage() {}

  /** The language chosen in this request's session (a BCP 47 tag), if any. */
  public static Optional<String> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    SignedIn signedIn = SignedIn.of(session);
    if (signedIn != null) {
      return Optional.ofNullable(signedIn.language());
    }
    return session == null
        ? Optional.empty()
        : Optional.ofNullable((String) session.getAttribute(BEFORE_SIGN_IN));
  }

  /** True when the session is signed in (by a member or a wall screen). */
  public static boolean signedIn(HttpServletRequest request) {
    return SignedIn.of(request.getSession(false)) != null;
  }

  /** The device cookie's token of a wall screen, or null. */
  public static String deviceToken(HttpServletRequest request) {
    return DeviceCookie.of(request);
  }

  /** Keeps a language for this session: for its sign-in, or for the sign-in to come. */
  public static void keep(HttpServletRequest request, String language) {
    HttpSession session = request.getSession(true);
    SignedIn signedIn = SignedIn.of(session);
    if (signedIn != null) {
      signedIn.speaking(language).keepIn(request);
    } else {
      session.setAttribute(BEFORE_SIGN_IN, language);
    }
  }
}
