package com.angelskitchen.web.kds;

import com.angelskitchen.staff.boundary.StaffDirectory;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import com.angelskitchen.web.security.SessionLanguage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The sound of this browser's kitchen screens ({@code /api/screen/sound}): chosen once on a wall
 * screen's first visit and kept with its device login, so the screen chimes after a reload or a
 * restart without anyone tapping it.
 */
@RequestScoped
@Tag(name = "Kitchen screens")
@Path("screen/sound")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.CASHIER, Roles.COOK, Roles.EXPO, Roles.MANAGER})
public class ScreenSoundResource {

  @EJB StaffDirectory directory;

  @Context HttpServletRequest request;

  /** A sound to make: {@code chime}, {@code bell} or {@code off}. */
  public record Choose(String sound) {}

  /**
   * The sound chosen ({@code null} before the first choice) and whether the wall screen's device
   * login keeps it ({@code false}: only this browser session does).
   */
  public record Chosen(String sound, boolean device) {}

  @GET
  @Operation(summary = "The sound of this browser's kitchen screens (null until chosen)")
  public Chosen chosen() {
    return new Chosen(
        ScreenSounds.chosen(request, directory).map(ScreenSound::code).orElse(null),
        SessionLanguage.deviceToken(request) != null);
  }

  @PUT
  @Operation(summary = "Choose the sound of this browser's kitchen screens: chime, bell or off")
  public Chosen choose(Choose choice) {
    ScreenSound sound = ScreenSound.of(choice == null ? null : choice.sound());
    boolean device = ScreenSounds.choose(request, directory, sound);
    return new Chosen(sound.code(), device);
  }
}
