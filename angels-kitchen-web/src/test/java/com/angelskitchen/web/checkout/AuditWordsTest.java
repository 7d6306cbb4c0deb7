package com.angelskitchen.web.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.checkout.boundary.MoneyAuditLog;
import com.angelskitchen.checkout.entity.MoneyAction;
import com.angelskitchen.web.i18n.Languages;
import com.angelskitchen.web.i18n.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit log in words: every action has them in both languages, a newer one reads as code. */
class AuditWordsTest {

  static final Texts SPANISH = Texts.in(Languages.SPANISH);
  static final Texts ENGLISH = Texts.in(Languages.ENGLISH);

  @Test
  void everyMoneyActionHasWordsInBothLanguages() {
    List<String> missing = new ArrayList<>();
    for (MoneyAction action : MoneyAction.values()) {
      for (Texts texts : List.of(SPANISH, ENGLISH)) {
        if (!texts.has(AuditWords.ACTION + action.name())) {
          missing.add(AuditWords.ACTION + action.name() + " (" + texts.language() + ")");
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(AuditWords.action(SPANISH, "REFUND")).isEqualTo("Devolución");
    assertThat(AuditWords.action(ENGLISH, "DRAWER_CLOSE")).isEqualTo("Drawer closed");
    assertThat(AuditWords.actions()).hasSize(MoneyAction.values().length).startsWith("DISCOUNT");
  }

  @Test
  void anActionTheBundlesDoNotKnowYetReadsAsItsCode() {
    assertThat(AuditWords.action(SPANISH, "ORDER_VOID")).isEqualTo("order void");
    assertThat(AuditWords.action(SPANISH, null)).isEmpty();
  }

  @Test
  void aBoundIsADaysStartOrAMomentAndTheLastDayIsIncluded() {
    OffsetDateTime start = OffsetDateTime.parse("2026-11-30T04:00:00-03:00");
    LocalDate today = LocalDate.of(2026, 11, 30);
    java.util.function.Function<LocalDate, OffsetDateTime> startOf =
        day -> start.plusDays(day.toEpochDay() - today.toEpochDay());

    assertThat(AuditResource.moment(null, "from", today, startOf, false)).isEqualTo(start);
    assertThat(AuditResource.moment(" ", "to", today, startOf, true)).isEqualTo(start.plusDays(1));
    assertThat(AuditResource.moment("2026-11-28", "to", today, startOf, true))
        .isEqualTo(start.minusDays(1));
    assertThat(AuditResource.moment("2026-11-30T21:15:00-03:00", "to", today, startOf, true))
        .isEqualTo(OffsetDateTime.parse("2026-11-30T21:15:00-03:00"));
    assertThat(
            com.angelskitchen.platform.KitchenException.class.isInstance(
                catchRefusal(
                    () -> AuditResource.moment("yesterday", "from", today, startOf, false))))
        .isTrue();
  }

  @Test
  void theCsvHasTheReadersHeaderAndTheDataAsItIs() {
    MoneyAuditLog.Entry refund =
        new MoneyAuditLog.Entry(
            7,
            OffsetDateTime.parse("2026-11-30T21:15:00-03:00"),
            "REFUND",
            42L,
            "007",
            LocalDate.of(2026, 11, 30),
            new BigDecimal("1815.00"),
            "ana",
            "marta",
            "lines [9]: flat, warm");
    MoneyAuditLog.Entry open =
        new MoneyAuditLog.Entry(
            8,
            OffsetDateTime.parse("2026-11-30T09:00:00-03:00"),
            "DRAWER_OPEN",
            null,
            null,
            null,
            new BigDecimal("5000.00"),
            "ana",
            null,
            "drawer caja-1, float");

    var table = AuditResource.table(List.of(refund, open), SPANISH);

    assertThat(table.header()).startsWith("hora", "acción", "id del pedido", "número de pedido");
    assertThat(table.rows().get(0))
        .containsExactly(
            "2026-11-30T21:15-03:00",
            "REFUND",
            "42",
            "007",
            "2026-11-30",
            "1815.00",
            "ana",
            "marta",
            "lines [9]: flat, warm");
    assertThat(table.rows().get(1)).containsSequence("", "", "", "5000.00", "ana", "");
  }

  private static Throwable catchRefusal(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      return e;
    }
    return null;
  }
}
