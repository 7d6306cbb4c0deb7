package com.angelskitchen.menu.entity;

import static com.angelskitchen.support.KitchenFixtures.carne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MenuItemStockTest {

  @Test
  void anItemNotCountedIsNeverShortNor86dByOrders() {
    MenuItem cut = carne();

    assertThat(cut.take(500)).isFalse();
    assertThat(cut.available()).isTrue();
    assertThat(cut.stock()).isEmpty();
  }

  @Test
  void theLastOne86esTheItemAndACancelBringsItBack() {
    MenuItem cut = carne();
    cut.restock(3, 1);

    assertThat(cut.take(2)).isFalse();
    assertThat(cut.isLowOnStock()).isTrue();
    assertThatThrownBy(() -> cut.take(2))
        .isInstanceOf(OutOfStockException.class)
        .hasMessage("only 1 Empanada de carne left");
    assertThat(cut.take(1)).as("86'd by the stock").isTrue();
    assertThat(cut.available()).isFalse();
    assertThat(cut.isOutOfStock()).isTrue();

    assertThat(cut.giveBack(2)).as("back on the menu").isTrue();
    assertThat(cut.available()).isTrue();
    assertThat(cut.stock()).hasValue(2);
  }

  @Test
  void aRestockDoesNotBringBackAnItemAManager86d() {
    MenuItem cut = carne();
    cut.restock(5, null);
    cut.eightySix();

    assertThat(cut.restock(10, null)).isFalse();
    assertThat(cut.available()).isFalse();
    cut.restore();
    assertThat(cut.restock(0, null)).as("counted to zero: 86'd").isTrue();
    assertThat(cut.restock(null, null)).as("no longer counted: back").isTrue();
    assertThat(cut.available()).isTrue();
  }
}
