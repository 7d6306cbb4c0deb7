package com.angelskitchen.web.security;

import com.angelskitchen.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Backs login.xhtml: signs in through Jakarta Security, then goes back to the page that asked for a
 * login (only ever a page of this application) or to the member's own start page. Its messages are
 * in the screen's language (login.* in the Texts bundles).
 */
@Named
@RequestScoped
public class LoginBacking {

  private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[^\\\\\\s]*");

  @Inject SecurityContext security;

  private String username;
  private String password;
  private boolean keepSignedIn;
  private String next;

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username,
                        new Password(password == null ? "" : password)))
                .newAuthentication(true)
                .rememberMe(keepSignedIn));
    password = null;
    switch (status) {
      case SUCCESS -> external.redirect(request.getContextPath() + destination(request));
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        Object paused = request.getAttribute(StaffAuthentication.PAUSED);
        if (paused instanceof Duration wait) {
          PageMessages.error("login.tooManyAttempts", Math.max(1, wait.toSeconds()));
        } else {
          PageMessages.error("login.failed");
        }
      }
    }
  }

  private String destination(HttpServletRequest request) {
    if (next != null && LOCAL_PATH.matcher(next).matches() && !next.startsWith("/login.xhtml")) {
      return next;
    }
    if (request.isUserInRole("MANAGER")) {
      return "/";
    }
    if (request.isUserInRole("CASHIER")) {
      return "/pos/";
    }
    if (request.isUserInRole("EXPO")) {
      return "/kds/expo";
    }
    return "/";
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isKeepSignedIn() {
    return keepSignedIn;
  }

  public void setKeepSignedIn(boolean keepSignedIn) {
    this.keepSignedIn = keepSignedIn;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
