package com.angelskitchen.support;

import com.angelskitchen.menu.entity.Allergen;
import com.angelskitchen.menu.entity.Extra;
import com.angelskitchen.menu.entity.Ingredient;
import com.angelskitchen.menu.entity.MenuCategory;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.menu.entity.RecipeIngredient;
import com.angelskitchen.money.Money;
import com.angelskitchen.stations.entity.Station;
import java.util.List;
import java.util.Set;

/** A small empanada menu built in memory, for unit tests of the kitchen's rules. */
public final class KitchenFixtures {

  public static final MenuCategory FRITAS = new MenuCategory("fritas", "Empanadas fritas", 1);
  public static final MenuCategory HORNO = new MenuCategory("horno", "Empanadas al horno", 2);
  public static final MenuCategory BEBIDAS = new MenuCategory("bebidas", "Bebidas", 3);

  public static final Ingredient MASA = new Ingredient("masa", "Masa", Set.of(Allergen.GLUTEN));
  public static final Ingredient CARNE = new Ingredient("carne", "Carne", Set.of());
  public static final Ingredient CEBOLLA = new Ingredient("cebolla", "Cebolla", Set.of());
  public static final Ingredient HUEVO = new Ingredient("huevo", "Huevo", Set.of(Allergen.EGGS));
  public static final Ingredient QUESO = new Ingredient("queso", "Queso", Set.of(Allergen.MILK));
  public static final Ingredient SALSA_BLANCA =
      new Ingredient("salsa-blanca", "Salsa blanca", Set.of(Allergen.MILK, Allergen.GLUTEN));
  public static final Ingredient CHOCLO = new Ingredient("choclo", "Choclo", Set.of());

  public static final Extra EXTRA_QUESO =
      new Extra("extra-queso", "Extra queso", Money.of("350.00"), Set.of(Allergen.MILK));
  public static final Extra PICANTE =
      new Extra("picante", "Salsa picante", Money.of("200.00"), Set.of());

  public static final Station FRITURA =
      new Station("fritura", new Station.Settings("Fritura", 1, 5, 8));
  public static final Station HORNO_STATION =
      new Station("horno", new Station.Settings("Horno", 2, 5, 8));
  public static final Station MOSTRADOR =
      new Station("mostrador", new Station.Settings("Mostrador", 3, 3, 6));

  private KitchenFixtures() {}

  /** Empanada de carne: masa (fixed), carne, cebolla (removable), huevo (removable). */
  public static MenuItem carne() {
    return new MenuItem(
        "carne",
        new MenuItem.Details(
            "Empanada de carne",
            "CARNE",
            Money.of("1800.00"),
            FRITAS,
            8,
            0,
            List.of(
                new RecipeIngredient(MASA, false),
                new RecipeIngredient(CARNE, false),
                new RecipeIngredient(CEBOLLA, true),
                new RecipeIngredient(HUEVO, true)),
            List.of(EXTRA_QUESO, PICANTE)));
  }

  /** Empanada de humita: masa, choclo, salsa blanca (removable), queso (removable). */
  public static MenuItem humita() {
    return new MenuItem(
        "humita",
        new MenuItem.Details(
            "Empanada de humita",
            "HUMITA",
            Money.of("1900.00"),
            HORNO,
            12,
            0,
            List.of(
                new RecipeIngredient(MASA, false),
                new RecipeIngredient(CHOCLO, false),
                new RecipeIngredient(SALSA_BLANCA, true),
                new RecipeIngredient(QUESO, true)),
            List.of(EXTRA_QUESO)));
  }

  public static MenuItem gaseosa() {
    return new MenuItem(
        "gaseosa",
        new MenuItem.Details(
            "Gaseosa", "GASEOSA", Money.of("1500.00"), BEBIDAS, 1, 0, List.of(), List.of()));
  }
}
