package com.angelskitchen.web.kds;

import com.angelskitchen.staff.boundary.StaffDirectory;
import com.angelskitchen.web.security.SessionLanguage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The sound a kitchen page renders into {@code data-sound} on its body, so its script can start the
 * sound at once after a reload: {@code chime}, {@code bell}, {@code off}, or empty before the first
 * choice (the page then asks, once).
 */
@Named("screenSound")
@RequestScoped
public class ScreenSoundBacking {

  @EJB StaffDirectory directory;

  @Inject HttpServletRequest request;

  /**
   * True when the choice is kept on the server (someone is signed in); on the public board it lasts
   * for the page only.
   */
  public boolean isKept() {
    return SessionLanguage.signedIn(request);
  }

  public String getCode() {
    if (!SessionLanguage.signedIn(request)) {
      return ""; // the public board: no sign-in, no sound
    }
    return ScreenSounds.chosen(request, directory).map(ScreenSound::code).orElse("");
  }
}
