package com.angelskitchen.partners.control;

import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.partners.boundary.PartnerOrder;
import com.angelskitchen.partners.entity.MappingKind;
import com.angelskitchen.platform.ShortText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Matches a partner's lines to the menu. An item matches through a mapping, or directly when the
 * partner's id is one of our item codes (partners whose menus carry our codes need no mappings). A
 * modifier matches the same way against that item's removable ingredients and extras (a chosen
 * option mapped as a removal, like "no onion", is a removal); one that does not match is kept as
 * text in the line's note, so the cook still reads it. The ids the menu publication gives partners
 * ({@link PublishedIds}) match without mappings. An item that matches nothing becomes an unmapped
 * line: it still reaches the kitchen, flagged, and a manager is told.
 */
public final class PartnerMenuMatcher {

  /** A line's note can hold this much (see {@link PlaceOrder#MAX_LINE_NOTE}). */
  private static final int NOTE = PlaceOrder.MAX_LINE_NOTE;

  private final Map<Key, String> mappings;
  private final Function<String, MenuItem> menu;

  /** A mapping's key: what kind of thing, and the partner's id for it. */
  public record Key(MappingKind kind, String partnerId) {}

  /**
   * @param mappings this partner's mappings to menu codes
   * @param menu the menu item for a code, or null when there is none
   */
  public PartnerMenuMatcher(Map<Key, String> mappings, Function<String, MenuItem> menu) {
    this.mappings = Map.copyOf(mappings);
    this.menu = menu;
  }

  /**
   * @param lines the lines to place, in the partner's order
   * @param unmapped the partner's names of the items that matched nothing
   * @param unavailable the matched items that are 86'd now
   */
  public record Match(
      List<PlaceOrder.Line> lines, List<String> unmapped, List<MenuItem> unavailable) {}

  public Match match(PartnerOrder order) {
    List<PlaceOrder.Line> lines = new ArrayList<>();
    List<String> unmapped = new ArrayList<>();
    Set<MenuItem> unavailable = new LinkedHashSet<>();
    for (PartnerOrder.Line line : order.lines()) {
      MenuItem item = item(line.partnerItemId());
      if (item == null) {
        String name =
            ShortText.clip(
                line.name() == null || line.name().isBlank()
                    ? (line.partnerItemId() == null ? "?" : line.partnerItemId())
                    : line.name().strip(),
                PlaceOrder.MAX_NAME);
        unmapped.add(name);
        lines.add(
            PlaceOrder.Line.unmapped(
                name, line.quantity(), note(line.instructions(), describe(line), List.of())));
        continue;
      }
      if (!item.available()) {
        unavailable.add(item);
      }
      Set<String> remove = new LinkedHashSet<>();
      Set<String> add = new LinkedHashSet<>();
      List<String> unmatched = new ArrayList<>();
      for (PartnerOrder.Modifier modifier : line.removed()) {
        String code = code(MappingKind.REMOVE, modifier.partnerId());
        if (code != null && !removable(item, code)) {
          code = PublishedIds.removedIngredient(modifier.partnerId()).orElse(code);
        }
        if (code != null && removable(item, code)) {
          remove.add(code);
        } else {
          unmatched.add("- " + name(modifier));
        }
      }
      for (PartnerOrder.Modifier modifier : line.added()) {
        String code = code(MappingKind.ADD, modifier.partnerId());
        String removal = mappings.get(new Key(MappingKind.REMOVE, modifier.partnerId()));
        if (removal == null) {
          // The id the menu publication gives "sin X": a removal without a mapping.
          removal = PublishedIds.removedIngredient(modifier.partnerId()).orElse(null);
        }
        if (removal != null && removable(item, removal)) {
          // Partners that sell "no onion" as a chosen option: mapped as a removal.
          remove.add(removal);
        } else if (code != null && item.extra(code).isPresent()) {
          add.add(code);
        } else {
          unmatched.add("+ " + name(modifier));
        }
      }
      lines.add(
          new PlaceOrder.Line(
              item.code(),
              line.quantity(),
              List.copyOf(remove),
              List.copyOf(add),
              note(line.instructions(), null, unmatched)));
    }
    return new Match(lines, unmapped, List.copyOf(unavailable));
  }

  private static boolean removable(MenuItem item, String ingredientCode) {
    return item.recipeIngredient(ingredientCode).filter(i -> i.removable()).isPresent();
  }

  private MenuItem item(String partnerItemId) {
    String code = code(MappingKind.ITEM, partnerItemId);
    return code == null ? null : menu.apply(code);
  }

  /** The mapped code, else the partner's id itself (a direct match is checked by the caller). */
  private String code(MappingKind kind, String partnerId) {
    if (partnerId == null) {
      return null;
    }
    return mappings.getOrDefault(new Key(kind, partnerId), partnerId);
  }

  private static String name(PartnerOrder.Modifier modifier) {
    return modifier.name() == null ? modifier.partnerId() : modifier.name();
  }

  private static String describe(PartnerOrder.Line line) {
    List<String> parts = new ArrayList<>();
    line.removed().forEach(m -> parts.add("- " + name(m)));
    line.added().forEach(m -> parts.add("+ " + name(m)));
    return parts.isEmpty() ? null : String.join(", ", parts);
  }

  private static String note(String instructions, String modifiers, List<String> unmatched) {
    List<String> parts = new ArrayList<>();
    if (instructions != null && !instructions.isBlank()) {
      parts.add(instructions.strip());
    }
    if (modifiers != null) {
      parts.add(modifiers);
    }
    if (!unmatched.isEmpty()) {
      parts.add(String.join(", ", unmatched));
    }
    if (parts.isEmpty()) {
      return null;
    }
    return ShortText.clip(String.join(" · ", parts), NOTE);
  }
}
