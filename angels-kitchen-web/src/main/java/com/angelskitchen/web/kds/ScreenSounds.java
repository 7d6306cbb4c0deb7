package com.angelskitchen.web.kds;

import com.angelskitchen.staff.boundary.StaffDirectory;
import com.angelskitchen.web.security.SessionLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/**
 * Where a screen's sound is kept, as the language switch keeps the language: with the wall screen's
 * device login when the browser has one (so a screen chimes again after a reload, a restart, or a
 * new session), and in the browser's session always (a member signed in without a device login
 * keeps it until they sign out). Reading asks the session first and the device login only when the
 * session has nothing yet, then remembers the answer in the session.
 */
public final class ScreenSounds {

  static final String ATTRIBUTE = "ak.sound";

  private ScreenSounds() {}

  /** The sound this browser chose, or empty when it has not chosen yet (the first visit). */
  public static Optional<ScreenSound> chosen(HttpServletRequest request, StaffDirectory directory) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      Optional<ScreenSound> kept = ScreenSound.known((String) session.getAttribute(ATTRIBUTE));
      if (kept.isPresent()) {
        return kept;
      }
    }
    String device = SessionLanguage.deviceToken(request);
    if (device == null) {
      return Optional.empty();
    }
    Optional<ScreenSound> fromDevice = directory.deviceSound(device).flatMap(ScreenSound::known);
    if (fromDevice.isPresent() && session != null) {
      session.setAttribute(ATTRIBUTE, fromDevice.get().code());
    }
    return fromDevice;
  }

  /**
   * Keeps a sound: with the device login if the browser has one, and in the session.
   *
   * @return true when a device login keeps it too (it survives the session)
   */
  public static boolean choose(
      HttpServletRequest request, StaffDirectory directory, ScreenSound sound) {
    String device = SessionLanguage.deviceToken(request);
    boolean withDevice = device != null && directory.chooseDeviceSound(device, sound.code());
    request.getSession(true).setAttribute(ATTRIBUTE, sound.code());
    return withDevice;
  }
}
