package com.angelskitchen.web.kds;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.staff.boundary.StaffDirectory;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the sound is kept: the device login survives the session, the session holds it for all. */
class ScreenSoundsTest {

  static final String TOKEN = "device-token";

  /** The device logins, by token, and the sound each chose. */
  final Map<String, String> devices = new HashMap<>();

  /** The HTTP session's attributes, or null while there is no session. */
  Map<String, Object> session;

  final StaffDirectory directory =
      new StaffDirectory() {
        @Override
        public boolean chooseDeviceSound(String token, String sound) {
          if (!devices.containsKey(token)) {
            return false;
          }
          devices.put(token, sound);
          return true;
        }

        @Override
        public Optional<String> deviceSound(String token) {
          return Optional.ofNullable(devices.get(token));
        }
      };

  @Test
  void aWallScreenKeepsItsSoundWithItsDeviceLoginAndHearsItAfterANewSession() {
    devices.put(TOKEN, null);
    session = new HashMap<>();

    boolean withDevice = ScreenSounds.choose(request(TOKEN), directory, ScreenSound.BELL);

    assertThat(withDevice).isTrue();
    assertThat(devices).containsEntry(TOKEN, "bell");
    session = new HashMap<>(); // a restart: a new session, the same device cookie
    assertThat(ScreenSounds.chosen(request(TOKEN), directory)).contains(ScreenSound.BELL);
    assertThat(session).containsEntry(ScreenSounds.ATTRIBUTE, "bell");
  }

  @Test
  void aMemberWithoutADeviceLoginKeepsItForTheSession() {
    session = new HashMap<>();

    boolean withDevice = ScreenSounds.choose(request(null), directory, ScreenSound.OFF);

    assertThat(withDevice).isFalse();
    assertThat(ScreenSounds.chosen(request(null), directory)).contains(ScreenSound.OFF);
    session = new HashMap<>();
    assertThat(ScreenSounds.chosen(request(null), directory)).isEmpty();
  }

  @Test
  void anUnknownDeviceTokenKeepsItInTheSessionOnly() {
    session = new HashMap<>();

    assertThat(ScreenSounds.choose(request("forgotten"), directory, ScreenSound.CHIME)).isFalse();

    assertThat(devices).isEmpty();
    assertThat(ScreenSounds.chosen(request("forgotten"), directory)).contains(ScreenSound.CHIME);
  }

  @Test
  void theSessionsChoiceWinsOverTheDevicesOlderOne() {
    devices.put(TOKEN, "chime");
    session = new HashMap<>(Map.of(ScreenSounds.ATTRIBUTE, "off"));

    assertThat(ScreenSounds.chosen(request(TOKEN), directory)).contains(ScreenSound.OFF);
  }

  @Test
  void nothingChosenYetIsEmptyToAskOnTheFirstVisit() {
    devices.put(TOKEN, null);
    assertThat(ScreenSounds.chosen(request(TOKEN), directory)).isEmpty();
    session = new HashMap<>();
    assertThat(ScreenSounds.chosen(request(TOKEN), directory)).isEmpty();
  }

  /** A request with the device cookie (or none) and the test's session (null: none yet). */
  HttpServletRequest request(String deviceToken) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getCookies" ->
                      deviceToken == null
                          ? null
                          : new Cookie[] {new Cookie("AK_DEVICE", deviceToken)};
                  case "getSession" -> {
                    boolean create = args == null || (Boolean) args[0];
                    if (session == null && create) {
                      session = new HashMap<>();
                    }
                    yield session == null ? null : session();
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  HttpSession session() {
    Map<String, Object> attributes = session;
    return (HttpSession)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpSession.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAttribute" -> attributes.get((String) args[0]);
                  case "setAttribute" -> attributes.put((String) args[0], args[1]);
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
