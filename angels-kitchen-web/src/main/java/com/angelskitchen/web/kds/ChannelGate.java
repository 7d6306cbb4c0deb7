package com.angelskitchen.web.kds;

import com.angelskitchen.stations.boundary.KitchenState;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a kitchen socket for a channel that does not exist with HTTP 404, before the WebSocket
 * upgrade. Accepting the upgrade and closing the new session at once from {@code @OnOpen} races
 * with the end of the upgrade request in Payara's HTTP layer: its request objects were recycled
 * twice, and the next request that worker served was answered 404 with a path it never had.
 */
@WebFilter(urlPatterns = "/ws/kds/*")
public class ChannelGate extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @EJB KitchenState state;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String prefix = request.getContextPath() + "/ws/kds/";
    String uri = request.getRequestURI();
    String name = uri.startsWith(prefix) ? uri.substring(prefix.length()) : "";
    if (Channel.named(name, state::isStation) == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "no kitchen channel '" + name + "'");
      return;
    }
    chain.doFilter(request, response);
  }
}
