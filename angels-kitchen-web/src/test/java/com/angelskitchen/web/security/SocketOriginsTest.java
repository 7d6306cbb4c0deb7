package com.angelskitchen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SocketOriginsTest {

  @Test
  void onlyThisHostIsTheSameOrigin() {
    assertThat(SocketOrigins.sameHost("http://kitchen.local:8080", "kitchen.local:8080")).isTrue();
    assertThat(SocketOrigins.sameHost("http://kitchen.local", "kitchen.local")).isTrue();
    assertThat(SocketOrigins.sameHost("https://kitchen.local", "kitchen.local:443")).isTrue();
    assertThat(SocketOrigins.sameHost("http://evil.example", "kitchen.local:8080")).isFalse();
    assertThat(SocketOrigins.sameHost("http://kitchen.local:9999", "kitchen.local:8080")).isFalse();
    assertThat(SocketOrigins.sameHost("null", "kitchen.local:8080")).isFalse();
    assertThat(SocketOrigins.sameHost("http://kitchen.local:8080", null)).isFalse();
  }
}
