package com.angelskitchen.it.ordering;

import com.angelskitchen.ordering.boundary.HeldOrderAlarm;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * A test helper deployed into the web module by the held-order tests only: the held-order alarm
 * with a clock the test controls. {@code POST /it/held-orders?asOf=2026-11-27T21:18:00Z} fires what
 * is due at that moment and answers how many orders were due.
 */
@WebServlet("/it/held-orders")
public class HeldOrderProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB transient HeldOrderAlarm alarm;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int due = alarm.fireDue(OffsetDateTime.parse(request.getParameter("asOf")));
    response.setContentType("application/json");
    response.getWriter().write("{\"due\": " + due + "}");
  }
}
