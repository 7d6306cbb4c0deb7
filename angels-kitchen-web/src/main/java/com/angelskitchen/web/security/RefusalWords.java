package com.angelskitchen.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The words of a sign-in refusal (a 401, 400 or 429 written before the API is reached) in the
 * request's language. The texts live above this package ({@code web.i18n} implements it), so that
 * the sign-in speaks like every other API answer without security depending on the screens.
 */
public interface RefusalWords {

  /**
   * The refusal {@code code} in the request's language, with its values; the English message when
   * there is no text for it.
   */
  String say(HttpServletRequest request, String code, String english, Object... arguments);
}
