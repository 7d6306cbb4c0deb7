package com.angelskitchen.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The staff the tests sign in as. The first manager is the one the test server configured (its
 * password in the properties test-server.sh wrote, or for the benchmarks AK_BENCH_PASSWORD); the
 * others are created through the staff API, as a manager would, the first time a test needs them.
 */
public final class Staff {

  /** A member of staff with their password. */
  public record Member(String username, String password, String role) {

    public String basic() {
      return "Basic "
          + Base64.getEncoder()
              .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static final Map<String, Member> CREATED = new HashMap<>();
  private static final SecureRandom RANDOM = new SecureRandom();

  private Staff() {}

  public static Member manager() {
    String password =
        System.getProperty("ak.test.manager.password") == null
            ? null
            : TestServer.property("ak.test.manager.password");
    if (password == null) {
      password = System.getenv("AK_BENCH_PASSWORD");
    }
    if (password == null) {
      throw new IllegalStateException(
          "no manager password: run the tests with ./mvnw verify (or set AK_BENCH_PASSWORD)");
    }
    String username = System.getenv().getOrDefault("AK_BENCH_USER", "manager");
    return new Member(username, password, "MANAGER");
  }

  public static Member cashier() {
    return member("CASHIER");
  }

  public static Member cook() {
    return member("COOK");
  }

  public static Member expo() {
    return member("EXPO");
  }

  /** The test member with this role ("test-cashier"...), created with a fresh password if new. */
  public static synchronized Member member(String role) {
    // Per server: the cluster tests' cluster has a database of its own.
    return CREATED.computeIfAbsent(
        role + "@" + TestServer.base(),
        key -> hire("test-" + role.toLowerCase(java.util.Locale.ROOT), role));
  }

  /** Hires a new member through the API as the manager; a taken username gets a new password. */
  public static Member hire(String username, String role) {
    String password =
        "pw-" + Long.toHexString(RANDOM.nextLong()) + Long.toHexString(RANDOM.nextLong());
    KitchenApi api = new KitchenApi();
    HttpResponse<String> hired =
        api.post(
            "api/staff",
            jakarta.json.Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "Test " + role.toLowerCase(java.util.Locale.ROOT))
                .add("role", role)
                .add("password", password)
                .build()
                .toString());
    if (hired.statusCode() == 409) {
      HttpResponse<String> reset =
          api.put(
              "api/staff/" + username + "/password",
              jakarta.json.Json.createObjectBuilder().add("password", password).build().toString());
      assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
      HttpResponse<String> enabled =
          api.put(
              "api/staff/" + username,
              jakarta.json.Json.createObjectBuilder()
                  .add("role", role)
                  .add("enabled", true)
                  .build()
                  .toString());
      assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
    } else {
      assertThat(hired.statusCode()).as(hired.body()).isEqualTo(201);
    }
    return new Member(username, password, role);
  }
}
