package com.angelskitchen.partners.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Partners are not staff: each webhook is authenticated by its partner's own scheme (signature or
 * bearer token) in {@link PartnerWebhooks}, so this module signs nobody in. It must still have its
 * own Jakarta Security mechanism: once the web module declares one, Payara's Jakarta Security
 * installs its bridge for every module of the EAR, and a module without a mechanism answers every
 * request with 500.
 */
@ApplicationScoped
public class NoStaffLogin implements HttpAuthenticationMechanism {

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    return context.doNothing();
  }
}
