package com.angelskitchen.checkout.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.checkout.entity.MoneyAction;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.platform.KitchenException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MoneyAuditLogTest {

  static final OffsetDateTime FROM = OffsetDateTime.parse("2026-11-30T04:00:00-03:00");
  static final OffsetDateTime TO = FROM.plusDays(1);

  static MoneyAuditLog.Filter filter(Set<MoneyAction> actions, String actor, Long order) {
    return new MoneyAuditLog.Filter(FROM, TO, actions, actor, order, 100);
  }

  static String code(Runnable refused) {
    try {
      refused.run();
    } catch (KitchenException e) {
      return e.code();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aBusinessDayStartsAtTheStoresHourInItsZone() {
    assertThat(
            MoneyAuditLog.startOf(
                LocalDate.of(2026, 11, 30),
                LocalTime.of(4, 0),
                ZoneId.of("America/Argentina/Buenos_Aires")))
        .isEqualTo(FROM);
  }

  @Test
  void onlyTheAskedNarrowingsAreInTheQueryWithTheirValuesInOrder() {
    List<Object> values = new ArrayList<>();
    String sql = MoneyAuditLog.sql(filter(Set.of(), null, null), values);
    assertThat(sql)
        .doesNotContain("a.action IN", "a.actor =", "a.order_id =")
        .contains("LEFT JOIN kitchen_order o ON o.id = a.order_id")
        .endsWith("ORDER BY a.at DESC, a.id DESC LIMIT 101");
    assertThat(values)
        .containsExactly(Timestamp.from(FROM.toInstant()), Timestamp.from(TO.toInstant()));

    values.clear();
    sql =
        MoneyAuditLog.sql(
            filter(EnumSet.of(MoneyAction.REFUND, MoneyAction.DISCOUNT), " ana ", 42L), values);
    assertThat(sql)
        .contains(
            "a.at >= ?1 AND a.at < ?2 AND a.action IN (?3, ?4) AND a.actor = ?5"
                + " AND a.order_id = ?6");
    assertThat(values.subList(2, values.size())).containsExactly("DISCOUNT", "REFUND", "ana", 42L);
  }

  @Test
  void actionsAreReadByNameInAnyCaseAndAnUnknownOneIsRefused() {
    assertThat(MoneyAuditLog.actions(null)).isEmpty();
    assertThat(MoneyAuditLog.actions(" ")).isEmpty();
    assertThat(MoneyAuditLog.actions("refund, Discount,,"))
        .containsExactlyInAnyOrder(MoneyAction.REFUND, MoneyAction.DISCOUNT);
    assertThatThrownBy(() -> MoneyAuditLog.actions("REFUND,VOID"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageStartingWith("no money action VOID; there are DISCOUNT, PAYMENT");
  }

  @Test
  void aFilterIsRefusedWithAReasonForWhatItCannotRead() {
    assertThat(code(() -> new MoneyAuditLog.Filter(null, TO, null, null, null, 10)))
        .isEqualTo("checkout.audit-span-incomplete");
    assertThat(code(() -> new MoneyAuditLog.Filter(TO, FROM, null, null, null, 10)))
        .isEqualTo("checkout.audit-span-reversed");
    assertThat(code(() -> new MoneyAuditLog.Filter(FROM, FROM, null, null, null, 10)))
        .isEqualTo("checkout.audit-span-reversed");
    assertThat(code(() -> new MoneyAuditLog.Filter(FROM, FROM.plusDays(368), null, null, null, 10)))
        .isEqualTo("checkout.audit-span-too-long");
    assertThat(code(() -> new MoneyAuditLog.Filter(FROM, TO, null, null, null, 0)))
        .isEqualTo("checkout.audit-limit");
    assertThat(code(() -> new MoneyAuditLog.Filter(FROM, TO, null, null, null, 501)))
        .isEqualTo("checkout.audit-limit");
    assertThat(code(() -> filter(null, "x".repeat(41), null))).isEqualTo("checkout.audit-actor");
    assertThat(code(() -> filter(null, null, 0L))).isEqualTo("checkout.audit-order");
  }

  @Test
  void aBlankActorAndNoActionsNarrowNothing() {
    MoneyAuditLog.Filter any = filter(null, "  ", null);
    assertThat(any.actor()).isNull();
    assertThat(any.actions()).isEmpty();
    assertThat(new MoneyAuditLog.Filter(FROM, TO, null, null, null, 500).limit(1).limit())
        .isEqualTo(1);
  }
}
