package com.angelskitchen.partners.spi;

import com.angelskitchen.money.Money;
import com.angelskitchen.partners.boundary.PublishedMenu;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/** A small published menu for the partners' payload tests: a dozen, an empanada, a drink. */
public final class Menus {

  private Menus() {}

  /** The dozen (12 of two flavours, humita 86'd), carne (sin cebolla, extra queso), gaseosa. */
  public static PublishedMenu sample() {
    PublishedMenu.Group sabores =
        new PublishedMenu.Group(
            "sabores-12",
            "Sabores",
            12,
            12,
            true,
            List.of(
                new PublishedMenu.Option("sabores-12:carne", "Carne", Money.ZERO, true),
                new PublishedMenu.Option("sabores-12:humita", "Humita", Money.ZERO, false)));
    PublishedMenu.Group sin =
        new PublishedMenu.Group(
            "carne.sin",
            "Sin",
            0,
            1,
            false,
            List.of(new PublishedMenu.Option("-cebolla", "Sin cebolla", Money.ZERO, true)));
    PublishedMenu.Group extras =
        new PublishedMenu.Group(
            "carne.extras",
            "Extras",
            0,
            1,
            false,
            List.of(
                new PublishedMenu.Option("extra-queso", "Extra queso", Money.of("350.50"), true)));
    return new PublishedMenu(
        "Angel's Kitchen",
        "es-AR",
        List.of(
            new PublishedMenu.Category(
                "docenas",
                "Docenas",
                List.of(
                    new PublishedMenu.Item(
                        "docena",
                        "Docena",
                        "",
                        Money.of("19500.00"),
                        true,
                        true,
                        List.of(sabores)))),
            new PublishedMenu.Category(
                "fritas",
                "Empanadas fritas",
                List.of(
                    new PublishedMenu.Item(
                        "carne",
                        "Empanada de carne",
                        "",
                        Money.of("1800.99"),
                        true,
                        false,
                        List.of(sin, extras)),
                    new PublishedMenu.Item(
                        "humita",
                        "Empanada de humita",
                        "",
                        Money.of("1900.00"),
                        false,
                        false,
                        List.of()))),
            new PublishedMenu.Category(
                "bebidas",
                "Bebidas",
                List.of(
                    new PublishedMenu.Item(
                        "gaseosa", "Gaseosa", "", Money.of("1500.00"), true, false, List.of())))),
        Arrays.stream(DayOfWeek.values())
            .map(d -> new PublishedMenu.Hours(d, LocalTime.MIDNIGHT, LocalTime.of(23, 59, 59)))
            .toList());
  }
}
