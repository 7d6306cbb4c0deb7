package com.angelskitchen.menu.entity;

import static com.angelskitchen.support.KitchenFixtures.EXTRA_QUESO;
import static com.angelskitchen.support.KitchenFixtures.PICANTE;
import static com.angelskitchen.support.KitchenFixtures.carne;
import static com.angelskitchen.support.KitchenFixtures.humita;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllergenDerivationTest {

  @Test
  void anItemAsServedCarriesTheAllergensOfItsIngredients() {
    assertThat(carne().allergensWith(List.of(), List.of()))
        .containsExactlyInAnyOrder(Allergen.GLUTEN, Allergen.EGGS);
  }

  @Test
  void removingAnIngredientDropsItsAllergens() {
    assertThat(carne().allergensWith(List.of("huevo"), List.of())).containsExactly(Allergen.GLUTEN);
  }

  @Test
  void addingAnExtraBringsItsAllergens() {
    assertThat(carne().allergensWith(List.of("huevo"), List.of(EXTRA_QUESO, PICANTE)))
        .containsExactlyInAnyOrder(Allergen.GLUTEN, Allergen.MILK);
  }

  @Test
  void sinQuesoOnlyDropsDairyWhenNothingElseBringsIt() {
    MenuItem humita = humita();
    assertThat(humita.allergensWith(List.of("queso"), List.of()))
        .as("the salsa blanca still has milk")
        .contains(Allergen.MILK);
    assertThat(humita.allergensWith(List.of("queso", "salsa-blanca"), List.of()))
        .containsExactly(Allergen.GLUTEN);
    assertThat(humita.allergensWith(List.of("queso", "salsa-blanca"), List.of(EXTRA_QUESO)))
        .containsExactlyInAnyOrder(Allergen.GLUTEN, Allergen.MILK);
  }
}
