package com.angelskitchen.web.kds;

import com.angelskitchen.platform.InvalidRequestException;
import java.util.Locale;
import java.util.Optional;

/**
 * The sound a kitchen screen makes for a new ticket: a bright two-tone chime, a lower bell, or
 * nothing (a screen beside another that already chimes). Alerts for late tickets and cancelled or
 * changed orders use a sound of their own, and only when the screen's sound is not off.
 */
public enum ScreenSound {
  CHIME,
  BELL,
  OFF;

  /** The name the API and the page use: {@code chime}, {@code bell}, {@code off}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * A sound kept earlier (a device login's, a session's); empty for none or one no longer known.
   */
  public static Optional<ScreenSound> known(String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (ScreenSound sound : values()) {
      if (sound.code().equalsIgnoreCase(code.strip())) {
        return Optional.of(sound);
      }
    }
    return Optional.empty();
  }

  /** A sound a screen asks for; anything else is refused. */
  public static ScreenSound of(String code) {
    return known(code)
        .orElseThrow(
            () ->
                new InvalidRequestException(
                    "screen.sound-unknown", "the sound must be chime, bell or off"));
  }
}
