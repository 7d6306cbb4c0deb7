package com.angelskitchen.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a black-box test of the built EAR starts from: Arquillian deploys the EAR the build made
 * ({@code testable = false}: the tests run outside the server, as its users' clients do), and
 * {@link #api} is a client of its HTTP API signed in as the manager. A field marked {@link
 * EmpanadaMenu} gets a menu of the test's own.
 *
 * <p>A test that adds helpers to the server ({@link Deployments#earWithServerHelpers}) does not
 * extend this class but declares its own {@code @Deployment}: Arquillian collects the
 * {@code @Deployment} methods of the test class and all its superclasses (a static method of a
 * subclass does not replace its superclass's), and two deployments of the default name are refused.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class EarTestBase {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  /** A client signed in as the manager, who holds every role; one for each test. */
  protected final KitchenApi api = new KitchenApi();
}
