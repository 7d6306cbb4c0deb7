package com.angelskitchen.web.rest;

import com.angelskitchen.web.i18n.KitchenLanguage;
import com.angelskitchen.web.i18n.Languages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The language of an API answer's message: the request's {@code Accept-Language} when it names
 * Spanish or English; else, when the request has a session (a page's script), the language of that
 * browser's screens; else the store's ({@code ak.language}). The codes, the field names and the
 * details stay English whatever the language.
 */
final class ApiLanguage {

  private static final Logger LOG = Logger.getLogger(ApiLanguage.class.getName());

  private ApiLanguage() {}

  /**
   * @param request the HTTP request, or null when there is none
   * @param screen the request's {@link KitchenLanguage}, asked only when the header decides nothing
   */
  static Locale of(HttpServletRequest request, Supplier<KitchenLanguage> screen) {
    return KitchenLanguage.ofAnswer(request, screen);
  }

  /**
   * This request's language. Exception mappers and filters are not CDI beans here, so the request
   * and its {@link KitchenLanguage} are looked up; outside a request the answer stays English.
   */
  static Locale current() {
    try {
      CDI<Object> cdi = CDI.current();
      return of(
          cdi.select(HttpServletRequest.class).get(),
          () -> cdi.select(KitchenLanguage.class).get());
    } catch (RuntimeException noRequest) {
      LOG.log(Level.FINE, "no request to take the language from: answering in English", noRequest);
      return Languages.ENGLISH;
    }
  }
}
