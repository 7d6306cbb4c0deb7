package com.angelskitchen.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * The address a request came from, for the sign-in throttle and the logs. Behind the cluster's load
 * balancer every request comes from the balancer; it appends the client's address to {@code
 * X-Forwarded-For}, and that last entry is believed only when the request came from one of the
 * proxies in {@code ak.proxy.trusted-addresses} (comma-separated; none by default, the cluster's
 * run command sets the balancer's). A client cannot choose its address by sending the header
 * itself.
 */
@ApplicationScoped
public class ClientAddress {

  private final Set<String> trustedProxies;

  @Inject
  ClientAddress(Config config) {
    trustedProxies =
        config
            .getOptionalValue("ak.proxy.trusted-addresses", String.class)
            .map(
                list ->
                    Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
            .orElse(Set.of());
  }

  /** CDI's proxy constructor. */
  ClientAddress() {
    trustedProxies = Set.of();
  }

  public String of(HttpServletRequest request) {
    String peer = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || !trustedProxies.contains(peer)) {
      return peer;
    }
    String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
    return last.isEmpty() || last.length() > 64 ? peer : last;
  }
}
