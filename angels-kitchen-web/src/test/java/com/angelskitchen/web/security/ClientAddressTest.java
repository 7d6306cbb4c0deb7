package com.angelskitchen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void behindTheTrustedBalancerTheClientIsTheLastForwardedAddress() {
    ClientAddress addresses = new ClientAddress(config("127.0.0.1, 10.0.0.2"));
    assertThat(addresses.of(request("127.0.0.1", "203.0.113.9"))).isEqualTo("203.0.113.9");
    assertThat(addresses.of(request("10.0.0.2", "198.51.100.1, 203.0.113.9")))
        .as("a client cannot put an address in front of the balancer's")
        .isEqualTo("203.0.113.9");
  }

  @Test
  void aForwardedHeaderFromAnyoneElseIsIgnored() {
    ClientAddress addresses = new ClientAddress(config("127.0.0.1"));
    assertThat(addresses.of(request("192.168.1.50", "10.9.9.9"))).isEqualTo("192.168.1.50");
    assertThat(new ClientAddress(config(null)).of(request("127.0.0.1", "10.9.9.9")))
        .as("no trusted proxy configured (a single server)")
        .isEqualTo("127.0.0.1");
    assertThat(addresses.of(request("127.0.0.1", null))).isEqualTo("127.0.0.1");
  }

  private static HttpServletRequest request(String peer, String forwardedFor) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            ClientAddressTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getRemoteAddr" -> peer;
                  case "getHeader" ->
                      "X-Forwarded-For".equalsIgnoreCase((String) args[0]) ? forwardedFor : null;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  private static Config config(String trusted) {
    Map<String, String> values =
        trusted == null ? Map.of() : Map.of("ak.proxy.trusted-addresses", trusted);
    return (Config)
        Proxy.newProxyInstance(
            ClientAddressTest.class.getClassLoader(),
            new Class<?>[] {Config.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getOptionalValue")) {
                return Optional.ofNullable(values.get((String) args[0]));
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
