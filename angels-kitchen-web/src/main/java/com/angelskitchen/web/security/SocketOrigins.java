package com.angelskitchen.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Cross-site WebSocket hijacking guard: a browser opening the kitchen socket from another site's
 * page would send this site's cookies, so an upgrade whose Origin is not this host is refused with
 * 403. Programs (no Origin header) authenticate with their own credentials.
 */
@WebFilter(urlPatterns = "/ws/*")
public class SocketOrigins extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String origin = request.getHeader("Origin");
    if (origin != null && !sameHost(origin, request.getHeader("Host"))) {
      response.sendError(
          HttpServletResponse.SC_FORBIDDEN, "the kitchen socket is for this site's pages");
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean sameHost(String origin, String host) {
    if (host == null) {
      return false;
    }
    try {
      URI uri = URI.create(origin);
      if (uri.getHost() == null) {
        return false;
      }
      String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return authority.equalsIgnoreCase(host)
          || (uri.getPort() == -1 && host.equalsIgnoreCase(uri.getHost() + ":" + defaultPort(uri)));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static int defaultPort(URI uri) {
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
