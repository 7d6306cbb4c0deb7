package com.angelskitchen.web.i18n;

import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.staff.boundary.StaffDirectory;
import com.angelskitchen.web.security.SessionLanguage;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The language switch in every page's header. Signed in, the choice is kept with the wall screen's
 * device login when the browser has one, else with the member's account, and holds for the session
 * at once; before anyone signs in, it holds for the browser's session.
 */
@RequestScoped
@Tag(name = "Language")
@Path("language")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class LanguageResource {

  @Inject KitchenLanguage language;

  @EJB StaffDirectory directory;

  @Context HttpServletRequest request;

  @Context SecurityContext security;

  /** A language to speak: {@code es-AR} or {@code en} (any Spanish or English tag will do). */
  public record Choose(String language) {}

  /** The language this browser's screens speak, the store's, and those it can switch to. */
  public record Spoken(String language, String store, List<KitchenLanguage.Choice> choices) {}

  @GET
  @Operation(summary = "The language of this browser's screens, the store's, and the choices")
  public Spoken spoken() {
    return new Spoken(
        language.getTag(), language.getStoreLanguage().toLanguageTag(), language.getChoices());
  }

  @PUT
  @Operation(
      summary =
          "Switch this browser's screens to a language: kept with the wall screen or the account")
  public Spoken choose(Choose choice) {
    String wanted = choice == null ? null : choice.language();
    Locale chosen =
        Languages.of(wanted)
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "language.unsupported",
                        "the language must be es-AR or en (Spanish or English)"));
    String tag = chosen.toLanguageTag();
    Principal who = security.getUserPrincipal();
    if (who != null) {
      String device = SessionLanguage.deviceToken(request);
      if (device == null || !directory.chooseDeviceLanguage(device, tag)) {
        directory.chooseLanguage(who.getName(), tag);
      }
    }
    if (who == null || request.getSession(false) != null) {
      SessionLanguage.keep(request, tag);
    }
    return new Spoken(
        tag, language.getStoreLanguage().toLanguageTag(), KitchenLanguage.choices(chosen));
  }
}
