package com.angelskitchen.web.pos;

import com.angelskitchen.menu.entity.MenuCategory;
import com.angelskitchen.menu.entity.MenuItem;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** One tab of the POS: a menu category and its items, in menu order. */
public record PosCategory(String code, String name, List<PosItem> items) implements Serializable {

  /** The categories that have items, each with its items. */
  static List<PosCategory> menu(List<MenuCategory> categories, List<MenuItem> items) {
    return categories.stream()
        .map(
            c ->
                new PosCategory(
                    c.code(),
                    c.name(),
                    items.stream()
                        .filter(i -> Objects.equals(i.category().code(), c.code()))
                        .map(PosItem::of)
                        .toList()))
        .filter(c -> !c.items().isEmpty())
        .toList();
  }
}
