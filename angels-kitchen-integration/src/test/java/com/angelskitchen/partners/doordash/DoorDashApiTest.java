package com.angelskitchen.partners.doordash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.partners.spi.PartnerSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

class DoorDashApiTest {

  static final byte[] KEY = "mostrador-signing-key-0123456789".getBytes(StandardCharsets.US_ASCII);

  /** Bytes whose standard base64 has '+' and '/', which base64url spells '-' and '_'. */
  static final byte[] KEY_WITH_SIGNS = {(byte) 0xfb, (byte) 0xff, (byte) 0xbf, 0x0f, (byte) 0xfe};

  static PartnerSettings settings(Map<String, String> values) {
    Map<String, String> properties = new HashMap<>();
    values.forEach((name, value) -> properties.put("ak.partners.doordash." + name, value));
    return new PartnerSettings(new MapConfig(properties), "doordash");
  }

  static PartnerSettings settings(String signingSecret) {
    return settings(
        Map.of(
            "developer-id", "dev-angels-kitchen",
            "key-id", "key-horno-1",
            "signing-secret", signingSecret));
  }

  static JsonObject json(String base64url) {
    String text = new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  static byte[] hmacSha256(byte[] key, String data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void theJwtCarriesDoorDashsHeaderAndClaimsForFiveMinutes() throws Exception {
    long before = Instant.now().getEpochSecond();
    String jwt =
        DoorDashApi.jwt(settings(Base64.getUrlEncoder().withoutPadding().encodeToString(KEY)));
    long after = Instant.now().getEpochSecond();

    String[] parts = jwt.split("\\.", -1);
    assertThat(parts).hasSize(3);
    JsonObject header = json(parts[0]);
    assertThat(header.getString("alg")).isEqualTo("HS256");
    assertThat(header.getString("typ")).isEqualTo("JWT");
    assertThat(header.getString("dd-ver")).isEqualTo("DD-JWT-V1");
    JsonObject claims = json(parts[1]);
    assertThat(claims.getString("aud")).isEqualTo("doordash");
    assertThat(claims.getString("iss")).isEqualTo("dev-angels-kitchen");
    assertThat(claims.getString("kid")).isEqualTo("key-horno-1");
    long iat = claims.getJsonNumber("iat").longValueExact();
    assertThat(iat).isBetween(before, after);
    assertThat(claims.getJsonNumber("exp").longValueExact() - iat).isEqualTo(300);
  }

  @Test
  void theSignatureIsHmacSha256OfHeaderAndClaimsWithTheDecodedSecret() throws Exception {
    String jwt =
        DoorDashApi.jwt(settings(Base64.getUrlEncoder().withoutPadding().encodeToString(KEY)));

    String[] parts = jwt.split("\\.", -1);
    assertThat(parts[2]).doesNotContain("=", "+", "/");
    assertThat(Base64.getUrlDecoder().decode(parts[2]))
        .isEqualTo(hmacSha256(KEY, parts[0] + "." + parts[1]));
  }

  @Test
  void aSecretInStandardBase64SignsTheSame() throws Exception {
    String standard = Base64.getEncoder().encodeToString(KEY_WITH_SIGNS);
    assertThat(standard).contains("+", "/");

    String[] parts = DoorDashApi.jwt(settings(standard)).split("\\.", -1);

    assertThat(Base64.getUrlDecoder().decode(parts[2]))
        .isEqualTo(hmacSha256(KEY_WITH_SIGNS, parts[0] + "." + parts[1]));
  }

  @Test
  void missingOrBlankSettingsAreAnIoException() {
    assertThatThrownBy(() -> DoorDashApi.jwt(settings(Map.of())))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "DoorDash developer-id, key-id and signing-secret must be configured to call DoorDash");
    assertThatThrownBy(() -> DoorDashApi.jwt(settings("  ")))
        .as("a blank secret is no secret")
        .isInstanceOf(IOException.class);
    assertThatThrownBy(
            () ->
                DoorDashApi.jwt(
                    settings(
                        Map.of("developer-id", "dev-angels-kitchen", "signing-secret", "a2V5"))))
        .as("no key id")
        .isInstanceOf(IOException.class);
  }

  /** MicroProfile Config over a map: just enough for {@link PartnerSettings}. */
  record MapConfig(Map<String, String> values) implements Config {

    @Override
    public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
      return Optional.ofNullable(values.get(name)).map(type::cast);
    }

    @Override
    public <T> T getValue(String name, Class<T> type) {
      return getOptionalValue(name, type).orElseThrow();
    }

    @Override
    public ConfigValue getConfigValue(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<String> getPropertyNames() {
      return values.keySet();
    }

    @Override
    public Iterable<ConfigSource> getConfigSources() {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> Optional<Converter<T>> getConverter(Class<T> type) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new UnsupportedOperationException();
    }
  }
}
