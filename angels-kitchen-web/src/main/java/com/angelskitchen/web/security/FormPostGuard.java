package com.angelskitchen.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CSRF guard for the pages. Every Faces form carries its view state, a random id bound to the
 * session (server-side state saving); Faces refuses a wrong one (ViewExpiredException, shown as
 * "this page expired"). A POST with no view state at all would be taken for a first visit and
 * silently re-rendered, so it is refused here, plainly, with 403.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class FormPostGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(request.getMethod())
        && request.getParameter("jakarta.faces.ViewState") == null) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("text/plain");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "This form did not come from an Angel's Kitchen page (no view state): nothing was"
                  + " changed. Reload the page and try again.");
      return;
    }
    chain.doFilter(request, response);
  }
}
