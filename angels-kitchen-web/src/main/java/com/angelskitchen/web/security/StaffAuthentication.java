package com.angelskitchen.web.security;

import com.angelskitchen.staff.boundary.StaffDirectory;
import com.angelskitchen.staff.boundary.StaffIdentity;
import com.angelskitchen.staff.control.StaffSettings;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * How anyone proves who they are to the web module, in this order:
 *
 * <ol>
 *   <li>the login page ({@code SecurityContext.authenticate} with a username and password): on
 *       success the session id is renewed and the login kept in the session; with "keep this screen
 *       signed in" the device also gets a long-lived token cookie;
 *   <li>a session that is already signed in ({@link SignedIn});
 *   <li>HTTP Basic, for API and WebSocket clients (no session is created);
 *   <li>a wall screen's device cookie, which signs it in again after a restart or a lost session.
 * </ol>
 *
 * Wrong passwords are throttled ({@link LoginThrottle}). A protected page asked for without a login
 * redirects to the login page and back; the API and the sockets answer 401 instead.
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

  /** Request attribute telling the login page why a sign-in failed: a Duration when paused. */
  public static final String PAUSED = "ak.login.paused";

  /**
   * The 401 challenge. Deliberately not "Basic": a browser would prompt for a password and then
   * send it with every request to this site, cross-site form posts included (SameSite does not
   * cover Basic credentials). API clients send their Basic credentials without being asked.
   */
  public static final String CHALLENGE = "KitchenBasic realm=\"Angel's Kitchen\"";

  private static final Logger LOG = Logger.getLogger(StaffAuthentication.class.getName());

  @Inject IdentityStoreHandler identities;

  @EJB StaffDirectory directory;

  @Inject LoginThrottle throttle;

  @Inject ClientAddress clientAddress;

  @Inject VerifiedApiCredentials verified;

  @Inject StaffSettings settings;

  @Inject StaffChanges changes;

  @Inject RefusalWords words;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    try {
      Credential credential = context.getAuthParameters().getCredential();
      if (credential instanceof UsernamePasswordCredential login) {
        return signIn(login, request, response, context);
      }
      SignedIn session = signedIn(request);
      if (session != null) {
        return context.notifyContainerAboutLogin(session.username(), session.groups());
      }
      String authorization = request.getHeader("Authorization");
      if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
        return basic(authorization.substring(6).strip(), request, response, context);
      }
      String device = DeviceCookie.of(request);
      if (device != null) {
        Optional<StaffIdentity> screen = directory.recognizeDevice(device);
        if (screen.isPresent()) {
          return keepSignedIn(
              request,
              context,
              screen.get().username(),
              screen.get().groups(),
              screen.get().language());
        }
        DeviceCookie.takeBack(request, response);
      }
      // The API decides per method (RoleCheck answers 401 or 403): never refuse it here, where a
      // refusal of a request the container then lets through would collide with the API's answer.
      if (!context.isProtected() || api(request)) {
        return context.doNothing();
      }
      if (machine(request)) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        Refusals.send(
            response,
            401,
            "Unauthorized",
            "auth.sign-in-first",
            words.say(
                request, "auth.sign-in-first", "sign in first (HTTP Basic, or the login page)"));
        return AuthenticationStatus.SEND_FAILURE;
      }
      return toLoginPage(request, response, context);
    } catch (IOException e) {
      throw new AuthenticationException(e);
    }
  }

  /**
   * The sign-in this request's session holds, or null. A session signed in before its member was
   * disabled, got a new password or another role is over: it is invalidated and the request goes on
   * as if anonymous.
   */
  private SignedIn signedIn(HttpServletRequest request) {
    HttpSession http = request.getSession(false);
    SignedIn session = SignedIn.of(http);
    if (session == null || !changes.changedSince(session.username(), session.at())) {
      return session;
    }
    LOG.info(() -> "ending the session of " + session.username() + ": the account changed");
    http.invalidate();
    return null;
  }

  /** Signs the session in (under a new session id, against fixation) and tells the container. */
  private static AuthenticationStatus keepSignedIn(
      HttpServletRequest request,
      HttpMessageContext context,
      String username,
      Set<String> groups,
      String language) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    // No language of their own: the one chosen on the login page, if any, holds for this session.
    String speaking = language != null ? language : SessionLanguage.of(request).orElse(null);
    new SignedIn(username, groups, System.currentTimeMillis(), speaking).keepIn(request);
    return context.notifyContainerAboutLogin(username, groups);
  }

  private AuthenticationStatus signIn(
      UsernamePasswordCredential login,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    String address = clientAddress.of(request);
    Optional<Duration> paused = throttle.attempt(login.getCaller(), address);
    if (paused.isPresent()) {
      request.setAttribute(PAUSED, paused.get());
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = identities.validate(login);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      LOG.info(() -> "failed sign-in for '" + clean(login.getCaller()) + "' from " + address);
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.succeeded(login.getCaller(), address);
    String name = result.getCallerPrincipal().getName();
    if (context.getAuthParameters().isRememberMe()) {
      DeviceCookie.give(
          request, response, directory.rememberDevice(name), settings.deviceLoginLifetime());
    }
    return keepSignedIn(
        request, context, name, result.getCallerGroups(), directory.languageOf(name));
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context)
      throws IOException {
    String pair;
    try {
      pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      pair = "";
    }
    int colon = pair.indexOf(':');
    if (colon < 1) {
      Refusals.send(
          response,
          400,
          "Bad Request",
          "auth.basic-malformed",
          words.say(
              request, "auth.basic-malformed", "the Basic credentials are not username:password"));
      return AuthenticationStatus.SEND_FAILURE;
    }
    String username = pair.substring(0, colon);
    String password = pair.substring(colon + 1);
    Optional<CredentialValidationResult> known = verified.recall(username, password);
    if (known.isPresent()) {
      return context.notifyContainerAboutLogin(known.get());
    }
    String address = clientAddress.of(request);
    Optional<Duration> paused = throttle.attempt(username, address);
    if (paused.isPresent()) {
      long seconds = Math.max(1, paused.get().toSeconds());
      response.setHeader("Retry-After", Long.toString(seconds));
      Refusals.send(
          response,
          429,
          "Too Many Requests",
          "auth.throttled",
          words.say(
              request,
              "auth.throttled",
              "too many wrong passwords: try again in " + seconds + " s",
              seconds));
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result =
        identities.validate(new UsernamePasswordCredential(username, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      verified.forget(username, password);
      response.setHeader("WWW-Authenticate", CHALLENGE);
      Refusals.send(
          response,
          401,
          "Unauthorized",
          "auth.wrong-credentials",
          words.say(
              request,
              "auth.wrong-credentials",
              "wrong username or password, or account disabled"));
      return AuthenticationStatus.SEND_FAILURE;
    }
    throttle.succeeded(username, address);
    verified.remember(username, password, result);
    return context.notifyContainerAboutLogin(result);
  }

  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws IOException {
    String path = path(request);
    String query = request.getQueryString();
    String back =
        "GET".equals(request.getMethod()) ? path + (query == null ? "" : "?" + query) : "/";
    String login =
        request.getContextPath()
            + "/login.xhtml"
            + ("/".equals(back) ? "" : "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + login.replace("&", "&amp;").replace("\"", "&quot;")
                  + "\"/></partial-response>");
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(login);
  }

  private static boolean api(HttpServletRequest request) {
    return path(request).startsWith("/api/");
  }

  /** The API and the sockets are used by programs, which get a 401 rather than a login page. */
  static boolean machine(HttpServletRequest request) {
    return api(request) || path(request).startsWith("/ws/");
  }

  /** The request's path inside the application. */
  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static String clean(String text) {
    String t = text == null ? "" : text.replaceAll("[^A-Za-z0-9._@-]", "?");
    return t.length() > 40 ? t.substring(0, 40) : t;
  }
}
