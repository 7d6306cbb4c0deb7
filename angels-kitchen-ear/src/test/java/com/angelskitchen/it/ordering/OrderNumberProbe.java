package com.angelskitchen.it.ordering;

import com.angelskitchen.ordering.control.OrderNumbering;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;

/**
 * A test helper deployed into the web module by the numbering test only: {@code POST
 * /it/order-numbers?day=2101-03-04} takes the next order number of that business day, exactly as
 * placing an order does, and answers it — so the test can number days other than today.
 */
@WebServlet("/it/order-numbers")
public class OrderNumberProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient OrderNumbering numbering;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int number = numbering.next(LocalDate.parse(request.getParameter("day"))).number();
    response.setContentType("application/json");
    response.getWriter().write("{\"number\": " + number + "}");
  }
}
