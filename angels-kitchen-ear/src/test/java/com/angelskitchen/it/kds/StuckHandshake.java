package com.angelskitchen.it.kds;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test helper deployed into the web module by the reconnect test only: a WebSocket handshake sent
 * to {@code /it/screens/stuck} is accepted and never answered, as behind a dead proxy. It is on the
 * page's own origin, so the screens' content security policy lets them connect to it. {@code GET
 * /it/screens/stuck?count} tells how many handshakes it has swallowed.
 */
@WebServlet(urlPatterns = "/it/screens/stuck", asyncSupported = true)
public class StuckHandshake extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final AtomicInteger SWALLOWED = new AtomicInteger();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getParameter("count") != null) {
      response.setContentType("text/plain");
      response.getWriter().print(SWALLOWED.get());
      return;
    }
    SWALLOWED.incrementAndGet();
    AsyncContext never = request.startAsync();
    never.setTimeout(120_000);
  }
}
