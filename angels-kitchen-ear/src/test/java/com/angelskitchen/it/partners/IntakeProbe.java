package com.angelskitchen.it.partners;

import com.angelskitchen.partners.boundary.IntakeQueue;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A test helper deployed into the web module by the intake-recovery test only: {@code POST
 * /it/intake/message?inboxId=N} puts an intake message for inbox row N on the queue, as the webhook
 * servlet does after recording an event — for a row that does not exist, the state a crash between
 * sending and a rolled-back commit would leave.
 */
@WebServlet("/it/intake/message")
public class IntakeProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB transient IntakeQueue queue;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long inboxId = Long.parseLong(request.getParameter("inboxId"));
    boolean queued = queue.queue("website", inboxId, "never-recorded-" + inboxId);
    response.setStatus(queued ? 204 : 503);
  }
}
