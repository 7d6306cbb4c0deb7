package com.angelskitchen.web.kds;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Friendly addresses for the wall screens: {@code /kds/fritura} shows the Fritura station, {@code
 * /kds/expo} the expo and {@code /board} the customers' board.
 */
@WebFilter(urlPatterns = {"/kds/*", "/board"})
public class KdsRoutes extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String STATION_ATTRIBUTE = "ak.station";
  private static final Pattern STATION = Pattern.compile("/kds/([a-z0-9][a-z0-9-]{0,31})/?");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/board")) {
      request.getRequestDispatcher("/board.xhtml").forward(request, response);
      return;
    }
    if (path.equals("/kds/expo") || path.equals("/kds/expo/")) {
      request.getRequestDispatcher("/kds/expo.xhtml").forward(request, response);
      return;
    }
    var station = STATION.matcher(path);
    if (station.matches()) {
      request.setAttribute(STATION_ATTRIBUTE, station.group(1));
      request.getRequestDispatcher("/kds/station.xhtml").forward(request, response);
      return;
    }
    chain.doFilter(request, response);
  }
}
