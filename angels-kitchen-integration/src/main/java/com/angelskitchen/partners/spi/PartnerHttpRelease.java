package com.angelskitchen.partners.spi;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Lets go of the partners' HTTP client when the application stops ({@link PartnerHttp#release}), so
 * that an undeploy or a redeploy leaves nothing of the application in the server's memory.
 */
@WebListener
public class PartnerHttpRelease implements ServletContextListener {

  @Override
  public void contextDestroyed(ServletContextEvent stopping) {
    PartnerHttp.release();
  }
}
