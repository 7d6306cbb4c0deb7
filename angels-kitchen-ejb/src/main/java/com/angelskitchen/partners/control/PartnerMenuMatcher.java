package com.angelskitchen.partners.control;

import com.angelskitchen.menu.entity.ItemUnavailableException;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.ordering.boundary.InvalidOrderException;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.control.OrderAssembler;
import com.angelskitchen.partners.boundary.PartnerOrder;
import com.angelskitchen.partners.entity.MappingKind;
import com.angelskitchen.platform.ShortText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Matches a partner's lines to the menu. An item matches through a mapping, or directly when the
 * partner's id is one of our item codes (partners whose menus carry our codes need no mappings). A
 * modifier matches the same way against that item's removable ingredients and extras (a chosen
 * option mapped as a removal, like "no onion", is a removal); one that does not match is kept as
 * text in the line's note, so the cook still reads it. The ids the menu publication gives partners
 * ({@link PublishedIds}) match without mappings. A chosen option may also be a choice in one of the
 * item's groups (a sauce, a dozen's flavours, with how many of each). An item that matches nothing,
 * or whose choices do not fill its groups, becomes an unmapped line: it still reaches the kitchen,
 * flagged, with everything the guest chose in its note, and a manager is told.
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
      List<PlaceOrder.Choice> choices = new ArrayList<>();
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
        String code = PublishedIds.extraCode(code(MappingKind.ADD, modifier.partnerId()));
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
          choice(item, modifier)
              .ifPresentOrElse(choices::add, () -> unmatched.add("+ " + name(modifier)));
        }
      }
      PlaceOrder.Line matched =
          PlaceOrder.Line.chosen(
              item.code(),
              line.quantity(),
              List.copyOf(remove),
              List.copyOf(add),
              note(line.instructions(), null, unmatched),
              choices);
      choices.stream()
          .flatMap(c -> item.group(c.group()).flatMap(g -> g.choice(c.choice())).stream())
          .flatMap(c -> c.item().stream())
          .filter(flavour -> !flavour.available())
          .forEach(unavailable::add);
      try {
        OrderAssembler.draft(List.of(matched), Map.of(item.code(), item));
      } catch (ItemUnavailableException out) {
        // 86'd, the item or a flavour: listed above, and the order is denied for it.
      } catch (InvalidOrderException notAsTheMenuSays) {
        // The choices do not fill the item's groups (a flavour we could not match, a count the
        // menu does not allow): the guest's food still reaches the kitchen, flagged, with every
        // choice in its note, and a manager is told.
        String name = ShortText.clip(item.name(), PlaceOrder.MAX_NAME);
        unmapped.add(name);
        lines.add(
            PlaceOrder.Line.unmapped(
                name, line.quantity(), note(line.instructions(), describe(line), List.of())));
        continue;
      }
      lines.add(matched);
    }
    return new Match(lines, unmapped, List.copyOf(unavailable));
  }

  /**
   * The choice a partner's option stands for in one of the item's groups: by a CHOICE mapping
   * ("group:choice"), or by the ids a published menu carries — the option's id is the choice's code
   * (or "group:choice", or a flavour's item code), in the group whose code is the partner's group
   * id, or in the only group of the item that offers it.
   */
  private Optional<PlaceOrder.Choice> choice(MenuItem item, PartnerOrder.Modifier modifier) {
    if (modifier.partnerId() == null || item.groups().isEmpty()) {
      return Optional.empty();
    }
    String id =
        mappings.getOrDefault(
            new Key(MappingKind.CHOICE, modifier.partnerId()), modifier.partnerId());
    int colon = id.indexOf(':');
    if (colon > 0) {
      return found(item, id.substring(0, colon), id.substring(colon + 1), modifier.quantity());
    }
    if (modifier.group() != null) {
      Optional<PlaceOrder.Choice> inGroup = found(item, modifier.group(), id, modifier.quantity());
      if (inGroup.isPresent()) {
        return inGroup;
      }
    }
    List<PlaceOrder.Choice> anywhere =
        item.groups().stream()
            .flatMap(g -> found(item, g.code(), id, modifier.quantity()).stream())
            .toList();
    return anywhere.size() == 1 ? Optional.of(anywhere.get(0)) : Optional.empty();
  }

  private static Optional<PlaceOrder.Choice> found(
      MenuItem item, String groupCode, String id, int times) {
    return item.group(groupCode)
        .flatMap(
            group ->
                group.choices().stream()
                    .filter(
                        c ->
                            c.code().equals(id)
                                || c.item().filter(f -> f.code().equals(id)).isPresent())
                    .findFirst()
                    .filter(c -> times <= PlaceOrder.MAX_QUANTITY)
                    .map(c -> new PlaceOrder.Choice(group.code(), c.code(), times)));
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
    line.added()
        .forEach(
            m -> parts.add("+ " + name(m) + (m.quantity() > 1 ? " \u00d7" + m.quantity() : "")));
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
