package com.angelskitchen.menu.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.menu.entity.Ingredient.StockChange;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IngredientStockTest {

  private final Ingredient cut = new Ingredient("masa", "Masa", Set.of(Allergen.GLUTEN));

  @Test
  void anIngredientNotCountedIsNeverShort() {
    assertThat(cut.take(1_000)).isEqualTo(StockChange.NONE);
    assertThat(cut.stock()).isEmpty();
    assertThat(cut.isOut()).isFalse();
    assertThat(cut.stockAlert()).isFalse();
  }

  @Test
  void ordersTakeUnitsAndTheLastOnesRunItOut() {
    cut.restock(10, 4);

    assertThat(cut.take(6)).isEqualTo(StockChange.NONE);
    assertThat(cut.stock()).hasValue(4);
    assertThat(cut.isLowOnStock()).as("4 left, warned at 4").isTrue();
    assertThat(cut.stockAlert()).isTrue();
    assertThatThrownBy(() -> cut.take(5))
        .isInstanceOf(IngredientOutOfStockException.class)
        .hasMessage("not enough Masa left for this order (4 left)");
    assertThat(cut.stock()).as("a refused take takes nothing").hasValue(4);

    assertThat(cut.take(4)).isEqualTo(StockChange.RAN_OUT);
    assertThat(cut.isOut()).isTrue();
    assertThatThrownBy(() -> cut.take(1)).isInstanceOf(IngredientOutOfStockException.class);
  }

  @Test
  void aCancelGivesBackAndBringsItBackFromZero() {
    cut.restock(2, null);
    cut.take(2);

    assertThat(cut.giveBack(1)).isEqualTo(StockChange.CAME_BACK);
    assertThat(cut.stock()).hasValue(1);
    assertThat(cut.giveBack(1)).as("not out before").isEqualTo(StockChange.NONE);
    assertThat(cut.stock()).hasValue(2);
  }

  @Test
  void anOutIngredientAlertsEvenWithoutAWarningLevel() {
    cut.restock(0, null);

    assertThat(cut.isOut()).isTrue();
    assertThat(cut.isLowOnStock()).isFalse();
    assertThat(cut.stockAlert()).isTrue();
  }

  @Test
  void aRestockSaysWhetherItRanOutOrCameBack() {
    assertThat(cut.restock(0, 2)).isEqualTo(StockChange.RAN_OUT);
    assertThat(cut.restock(0, 2)).as("still out").isEqualTo(StockChange.RAN_OUT);
    assertThat(cut.restock(5, 2)).isEqualTo(StockChange.CAME_BACK);
    assertThat(cut.restock(3, 2)).isEqualTo(StockChange.NONE);
    cut.restock(0, null);
    assertThat(cut.restock(null, null)).as("no longer counted").isEqualTo(StockChange.CAME_BACK);
    assertThat(cut.giveBack(3))
        .as("uncounted: nothing to give back to")
        .isEqualTo(StockChange.NONE);
    assertThatThrownBy(() -> cut.restock(-1, null)).isInstanceOf(IllegalArgumentException.class);
  }
}
