package com.angelskitchen.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the tests deploy: always the EAR the build produced, never a hand-picked list of
 * classes. Tests that need a helper on the server add it to the web module.
 */
public final class Deployments {

  public static final String WEB_MODULE = "angels-kitchen-web.war";

  private Deployments() {}

  /** The built EAR, exactly as the run command deploys it. */
  public static EnterpriseArchive ear() {
    File ear = new File(TestServer.property("ak.test.ear"));
    if (!ear.isFile()) {
      throw new IllegalStateException(ear + " is missing: the package phase builds it");
    }
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
  }

  /** The built EAR with test helpers (e.g. a probe servlet) added to its web module. */
  public static EnterpriseArchive earWithServerHelpers(Class<?>... helpers) {
    EnterpriseArchive ear = ear();
    ear.getAsType(WebArchive.class, WEB_MODULE).addClasses(helpers);
    return ear;
  }
}
