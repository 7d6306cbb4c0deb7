package com.angelskitchen.web.i18n;

import com.angelskitchen.web.security.RefusalWords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Sign-in refusals in the language an API answer would take ({@link KitchenLanguage#ofAnswer}),
 * from the same {@code refusal.<code>} texts.
 */
@ApplicationScoped
public class RequestRefusalWords implements RefusalWords {

  @Inject Instance<KitchenLanguage> screen;

  @Override
  public String say(HttpServletRequest request, String code, String english, Object... arguments) {
    return Refusals.text(
        Texts.in(KitchenLanguage.ofAnswer(request, screen::get)), code, english, arguments);
  }
}
