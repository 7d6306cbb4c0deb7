package com.angelskitchen.web.orders;

import com.angelskitchen.web.i18n.KitchenLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Where an order came from, in the screen's language ({@code #{orderLabels.source(order.source())}}
 * on the POS and orders pages). Sources are open-ended (a new delivery partner is one more code),
 * so a source the Texts bundles do not name under {@code order.source.<code>} shows its code.
 */
@Named
@RequestScoped
public class OrderLabels {

  static final String SOURCE = "order.source.";

  @Inject KitchenLanguage language;

  public String source(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String key = SOURCE + code;
    return language.texts().has(key) ? language.texts().get(key) : code;
  }
}
