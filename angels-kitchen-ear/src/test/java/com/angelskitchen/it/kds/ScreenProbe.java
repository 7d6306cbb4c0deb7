package com.angelskitchen.it.kds;

import com.angelskitchen.web.kds.ConnectedScreens;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.CloseReason;

/**
 * A test helper deployed into the web module by the reconnect test only: {@code POST
 * /it/screens/close?channel=fritura} closes that channel's WebSocket connections from the server,
 * as a dropped network would.
 */
@WebServlet("/it/screens/close")
public class ScreenProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient ConnectedScreens screens;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) {
    screens.closeChannel(
        request.getParameter("channel"),
        new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "closed by the test"));
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
