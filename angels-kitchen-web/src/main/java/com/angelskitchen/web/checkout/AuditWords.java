package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.entity.MoneyAction;
import com.angelskitchen.web.i18n.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A money action in the reader's words, from {@code said.value.MoneyAction.<NAME>} (the words the
 * core's enum values are said with everywhere). An action the bundles do not know yet (added to the
 * core after these texts, or written by a newer server) is shown by its code, made readable: {@code
 * ORDER_VOID} reads "order void".
 */
public final class AuditWords {

  /** The Texts keys of the actions: this prefix and the action's name. */
  public static final String ACTION = "said.value.MoneyAction.";

  private AuditWords() {}

  /** An action's words; "" for none. */
  public static String action(Texts texts, String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String key = ACTION + code;
    return texts.has(key) ? texts.get(key) : code.replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  /** Every action there is, in the enum's order, for a choice. */
  public static List<String> actions() {
    return Arrays.stream(MoneyAction.values()).map(Enum::name).toList();
  }
}
