package com.angelskitchen.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer. The Content-Security-Policy keeps everything on this origin: no
 * foreign scripts, styles, frames or form targets, no plugins, and no framing of our pages. Inline
 * scripts stay allowed because PrimeFaces and Faces render them for their components; injected
 * markup is prevented by escaping every user-entered text (pages and KDS scripts alike).
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {
      DispatcherType.REQUEST,
      DispatcherType.FORWARD,
      DispatcherType.ERROR,
      DispatcherType.ASYNC
    })
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(response);
    chain.doFilter(request, response);
  }

  /** Also used by answers written before the filters run (the authentication's 401 and 429). */
  static void apply(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  }
}
