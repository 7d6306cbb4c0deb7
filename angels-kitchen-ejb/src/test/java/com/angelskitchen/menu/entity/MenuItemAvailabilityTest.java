package com.angelskitchen.menu.entity;

import static com.angelskitchen.support.KitchenFixtures.FRITAS;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.money.Money;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whether an item can be sold combines three things: a manager's 86, its own counted stock and the
 * counted stock of its ingredients. Each automatic 86 is undone only by its own cause coming back,
 * and only once no other cause holds it out; a manager's 86 only by a manager.
 */
class MenuItemAvailabilityTest {

  private final Ingredient masa = new Ingredient("masa", "Masa", Set.of());
  private final Ingredient carne = new Ingredient("carne", "Carne suave", Set.of());
  private final MenuItem cut =
      new MenuItem(
          "carne",
          new MenuItem.Details(
              "Empanada de carne",
              "CARNE",
              Money.of("1800.00"),
              FRITAS,
              8,
              0,
              List.of(new RecipeIngredient(masa, false), new RecipeIngredient(carne, false, 2)),
              List.of()));

  @Test
  void anIngredientRunningOut86esTheItemAndItsRestockBringsItBack() {
    carne.restock(0, null);
    assertThat(cut.ingredientRanOut()).isTrue();
    assertThat(cut.available()).isFalse();
    assertThat(cut.isOutOfIngredient()).isTrue();

    carne.restock(10, null);
    assertThat(cut.ingredientsBack()).isTrue();
    assertThat(cut.available()).isTrue();
    assertThat(cut.isOutOfIngredient()).isFalse();
  }

  @Test
  void itComesBackOnlyWhenNoIngredientOfItIsOut() {
    masa.restock(0, null);
    carne.restock(0, null);
    cut.ingredientRanOut();
    cut.ingredientRanOut();

    carne.restock(4, null);
    assertThat(cut.ingredientsBack()).as("masa is still out").isFalse();
    assertThat(cut.available()).isFalse();
    masa.restock(4, null);
    assertThat(cut.ingredientsBack()).isTrue();
    assertThat(cut.available()).isTrue();
  }

  @Test
  void aManagers86StaysThroughARestockOfAnIngredient() {
    cut.eightySix();
    carne.restock(0, null);
    assertThat(cut.ingredientRanOut()).as("already 86'd by hand").isFalse();

    carne.restock(10, null);
    assertThat(cut.ingredientsBack()).isFalse();
    assertThat(cut.available()).isFalse();
  }

  @Test
  void aManager86ingAnItemOutOfAnIngredientMakesItAManagers86() {
    carne.restock(0, null);
    cut.ingredientRanOut();
    cut.eightySix();

    carne.restock(10, null);
    assertThat(cut.ingredientsBack()).isFalse();
    assertThat(cut.available()).isFalse();
    cut.restore();
    assertThat(cut.available()).isTrue();
  }

  @Test
  void anItemOutOfItsOwnStockAndOfAnIngredientNeedsBothBack() {
    cut.restock(1, null);
    assertThat(cut.take(1)).as("its own stock ran out").isTrue();
    carne.restock(0, null);
    assertThat(cut.ingredientRanOut()).as("already out").isFalse();

    carne.restock(6, null);
    assertThat(cut.ingredientsBack()).as("its own stock is still out").isFalse();
    assertThat(cut.available()).isFalse();
    assertThat(cut.restock(12, null)).as("both back").isTrue();
    assertThat(cut.available()).isTrue();
  }

  @Test
  void aRestockOfTheItemDoesNotBringItBackWhileAnIngredientIsOut() {
    carne.restock(0, null);
    cut.ingredientRanOut();
    assertThat(cut.restock(0, null)).as("counted to zero while out").isFalse();

    assertThat(cut.restock(5, null)).isFalse();
    assertThat(cut.available()).isFalse();
    carne.restock(3, null);
    assertThat(cut.ingredientsBack()).isTrue();
    assertThat(cut.available()).isTrue();
  }

  @Test
  void anItemAlertsWhenOutOrLow() {
    assertThat(cut.stockAlert()).as("not counted").isFalse();
    cut.restock(5, 2);
    assertThat(cut.stockAlert()).isFalse();
    cut.take(3);
    assertThat(cut.stockAlert()).isTrue();
    cut.restock(0, null);
    assertThat(cut.stockAlert()).as("out, even with no warning level").isTrue();
  }

  @Test
  void aRecipeLineUsesAtLeastOneUnit() {
    assertThat(new RecipeIngredient(masa, false).quantity()).isEqualTo(1);
    assertThat(cut.recipe().get(1).quantity()).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RecipeIngredient(masa, false, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
