package com.angelskitchen.web.i18n;

import com.angelskitchen.platform.config.KitchenSettings;
import com.angelskitchen.web.security.SessionLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of this request's screen ({@code #{language.locale}} in the page templates). A wall
 * screen's choice, else the signed-in member's, else, before anyone signs in, the browser's
 * Accept-Language, else the store's. The guests' board always speaks the store's language: it hangs
 * in the dining room, not in front of one member of staff.
 */
@Named("language")
@RequestScoped
public class KitchenLanguage {

  /** The guests' board, which follows the store. */
  static final String BOARD = "/board.xhtml";

  @Inject HttpServletRequest request;

  @Inject KitchenSettings settings;

  @Inject StoreFormat format;

  private Locale locale;

  /** One entry of the language switch. */
  public record Choice(String tag, String name, boolean current) {}

  public Locale getLocale() {
    if (locale == null) {
      locale = resolve();
    }
    return locale;
  }

  /** The BCP 47 tag of the language, for the page's {@code lang} attribute. */
  public String getTag() {
    return getLocale().toLanguageTag();
  }

  /** The store's language (ak.language), as the screens speak it. */
  public Locale getStoreLanguage() {
    return Languages.of(settings.language()).orElse(Languages.SPANISH);
  }

  /**
   * The language of an answer to a program (an API error, a sign-in refusal): the request's {@code
   * Accept-Language} when it names Spanish or English; else, when the request has a session (a
   * page's script), the language of that browser's screens; else the store's.
   *
   * @param request the HTTP request, or null when there is none
   * @param screen the request's {@code KitchenLanguage}, asked only when the header decides nothing
   */
  public static Locale ofAnswer(
      HttpServletRequest request, java.util.function.Supplier<KitchenLanguage> screen) {
    Optional<Locale> asked =
        request == null
            ? Optional.empty()
            : Languages.preferred(request.getHeader("Accept-Language"));
    if (asked.isPresent()) {
      return asked.get();
    }
    KitchenLanguage language = screen.get();
    return request != null && request.getSession(false) != null
        ? language.getLocale()
        : language.getStoreLanguage();
  }

  /** The languages to switch to, the current one marked. */
  public List<Choice> getChoices() {
    return choices(getLocale());
  }

  /** The languages to switch to, this one marked current. */
  static List<Choice> choices(Locale current) {
    return Languages.SUPPORTED.stream()
        .map(l -> new Choice(l.toLanguageTag(), Languages.nameOf(l), l.equals(current)))
        .toList();
  }

  /** This request's texts. */
  public Texts texts() {
    return Texts.in(getLocale());
  }

  /**
   * The texts the page's scripts need (the keys starting with {@code js.}) and how the store writes
   * money and time, as a script: {@code window.AkText = {...}; window.AkStore = {...};}. Safe to
   * put inside a script element.
   */
  public String getScript() {
    jakarta.json.JsonObject store =
        jakarta.json.Json.createObjectBuilder()
            .add("language", getTag())
            .add("locale", format.locale().toLanguageTag())
            .add("currency", format.currency().getCurrencyCode())
            .add("timeZone", format.zone().getId())
            .build();
    return ("window.AkText = "
            + SCRIPT_TEXTS.computeIfAbsent(getLocale(), KitchenLanguage::scriptTexts)
            + ";\nwindow.AkStore = "
            + store
            + ";")
        .replace("<", "\\u003c");
  }

  /** The scripts' texts of each language, as JSON: the bundles do not change while running. */
  private static final java.util.Map<Locale, String> SCRIPT_TEXTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static String scriptTexts(Locale language) {
    Texts texts = Texts.in(language);
    jakarta.json.JsonObjectBuilder text = jakarta.json.Json.createObjectBuilder();
    texts.bundle().keySet().stream()
        .filter(key -> key.startsWith("js."))
        .sorted()
        .forEach(key -> text.add(key, texts.get(key)));
    return text.build().toString();
  }

  private Locale resolve() {
    if (guestsBoard()) {
      return getStoreLanguage();
    }
    Optional<Locale> chosen = SessionLanguage.of(request).flatMap(Languages::of);
    if (chosen.isPresent()) {
      return chosen.get();
    }
    if (!SessionLanguage.signedIn(request)) {
      Optional<Locale> browser = Languages.preferred(request.getHeader("Accept-Language"));
      if (browser.isPresent()) {
        return browser.get();
      }
    }
    return getStoreLanguage();
  }

  private boolean guestsBoard() {
    String path = request.getServletPath();
    // /board is forwarded to /board.xhtml (web.kds.KdsRoutes); the request seen here may be either.
    return BOARD.equals(path) || "/board".equals(path);
  }
}
