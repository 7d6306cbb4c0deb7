package com.angelskitchen.checkout.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.money.Money;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LineCostsTest {

  static Map<Long, Money> costs(String... amounts) {
    Map<Long, Money> costs = new LinkedHashMap<>();
    for (int i = 0; i < amounts.length; i++) {
      costs.put((long) i + 1, Money.of(amounts[i]));
    }
    return costs;
  }

  @Test
  void aLinePaysItsShareOfTheTotalTaxAndOrderDiscountIncluded() {
    // lines 5400 and 1500 of 6900, total paid 8349.00 (21 % on top): 1500 × 1.21 = 1815.00
    assertThat(LineCosts.shareOf(Money.of("8349.00"), costs("5400.00", "1500.00"), Set.of(2L)))
        .isEqualTo(Money.of("1815.00"));
    // With 10 % off the order (total 7514.10): 7514.10 × 1500 / 6900 = 1633.5 → 1633.50
    assertThat(LineCosts.shareOf(Money.of("7514.10"), costs("5400.00", "1500.00"), Set.of(2L)))
        .isEqualTo(Money.of("1633.50"));
  }

  @Test
  void theSharesOfTheLinesAndOfTheRestAddUpToTheTotal() {
    Map<Long, Money> three = costs("10.00", "10.00", "10.00");
    Money one = LineCosts.shareOf(Money.of("100.00"), three, Set.of(1L));
    Money others = LineCosts.shareOf(Money.of("100.00"), three, Set.of(2L, 3L));
    assertThat(one.plus(others)).isEqualTo(Money.of("100.00"));
    assertThat(List.of(one, others)).containsExactly(Money.of("33.33"), Money.of("66.67"));
  }

  @Test
  void aCompedLineCostsNothing() {
    assertThat(LineCosts.shareOf(Money.of("100.00"), costs("0.00", "50.00"), Set.of(1L)))
        .isEqualTo(Money.ZERO);
  }
}
