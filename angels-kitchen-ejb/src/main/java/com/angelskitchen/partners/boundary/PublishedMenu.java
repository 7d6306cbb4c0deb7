package com.angelskitchen.partners.boundary;

import com.angelskitchen.money.Money;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The menu as partners are told it, in no partner's format: each partner's package turns it into
 * its own payload. Ids are the ones the restaurant's orders are matched back with (see {@link
 * com.angelskitchen.partners.control.PublishedIds}); prices are what the guest pays, VAT included.
 *
 * @param language the language of its names (BCP 47, e.g. es-AR)
 * @param hours when the store sells, in the restaurant's time zone
 */
public record PublishedMenu(
    String name, String language, List<Category> categories, List<Hours> hours) {

  public PublishedMenu {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    categories = List.copyOf(categories);
    hours = List.copyOf(hours);
  }

  /** Open from {@code opens} to {@code closes} on {@code day}. */
  public record Hours(DayOfWeek day, LocalTime opens, LocalTime closes) {
    public Hours {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(opens, "opens");
      Objects.requireNonNull(closes, "closes");
    }
  }

  public record Category(String id, String name, List<Item> items) {
    public Category {
      items = List.copyOf(items);
    }
  }

  /**
   * @param available false for an 86'd item: the partner shows it as sold out
   * @param bundle true for a dozen, a half dozen: one of its groups lists the flavours
   */
  public record Item(
      String id,
      String name,
      String description,
      Money price,
      boolean available,
      boolean bundle,
      List<Group> groups) {
    public Item {
      groups = List.copyOf(groups);
    }
  }

  /**
   * A choice the guest makes for an item: at least {@code min} and at most {@code max} options in
   * all; with {@code repeats} an option may be taken more than once (twelve flavours of four).
   *
   * @param id unique across the whole menu (partners keep groups as entities of their own)
   */
  public record Group(
      String id, String name, int min, int max, boolean repeats, List<Option> options) {
    public Group {
      options = List.copyOf(options);
      if (min < 0 || max < 1 || min > max) {
        throw new IllegalArgumentException(id + ": 0 ≤ min ≤ max, max ≥ 1");
      }
    }

    /** The most times one option may be taken. */
    public int maxPerOption() {
      return repeats ? max : 1;
    }
  }

  /** One option of a group; {@code price} is what choosing it once adds to the item. */
  public record Option(String id, String name, Money price, boolean available) {}
}
