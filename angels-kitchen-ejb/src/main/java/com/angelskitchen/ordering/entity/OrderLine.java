package com.angelskitchen.ordering.entity;

import com.angelskitchen.menu.entity.Allergen;
import com.angelskitchen.menu.entity.AllergenSetConverter;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.money.Money;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One line of an order as the guest asked for it: how many of which item, what to leave out, what
 * to add, a note, and the allergens that result. Names and prices are copied from the menu when the
 * line is added. A line added after the order was sent belongs to an add-on round (1, 2, …); a
 * voided line stays on the order, struck through, and no longer counts. A bundle (a dozen) is a
 * line with the price; each flavour in it is a line {@linkplain #partOf() part of} it, at no price,
 * made at its own station.
 */
@Entity
@Cacheable(false) // written once, read by query: see persistence.xml
@Table(name = "order_line")
public class OrderLine {

  @Id
  @SequenceGenerator(name = "order_line_seq", sequenceName = "order_line_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false, updatable = false)
  private KitchenOrder order;

  @Column(name = "line_number", nullable = false, updatable = false)
  private int lineNumber;

  /** The menu item, when the line was ordered from the menu. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "item_id", updatable = false)
  private MenuItem item;

  @Column(name = "item", nullable = false, updatable = false, length = 80)
  private String itemName;

  @Column(name = "kitchen_name", nullable = false, updatable = false, length = 24)
  private String kitchenName;

  @Column(nullable = false, updatable = false)
  private int quantity;

  @Column(name = "unit_price", nullable = false, updatable = false, precision = 10, scale = 2)
  private Money unitPrice;

  @Column(name = "line_total", nullable = false, updatable = false, precision = 12, scale = 2)
  private Money lineTotal;

  @Column(length = 200, updatable = false)
  private String note;

  @Convert(converter = AllergenSetConverter.class)
  @Column(nullable = false, updatable = false, length = 200)
  private Set<Allergen> allergens = EnumSet.noneOf(Allergen.class);

  /** A delivery partner's line that no mapping names a menu item for: shown flagged. */
  @Column(nullable = false, updatable = false)
  private boolean unmapped;

  /** 0 for the lines the order was placed with, then 1, 2, … for each add-on. */
  @Column(name = "add_on", nullable = false, updatable = false)
  private int addOn;

  @Column(name = "voided_at")
  private OffsetDateTime voidedAt;

  @Column(name = "void_reason", length = 200)
  private String voidReason;

  /** A bundle (a dozen): it carries the price, its flavours are the lines part of it. */
  @Column(nullable = false, updatable = false)
  private boolean bundle;

  /** For a flavour of a bundle, the bundle's line number; null for any other line. */
  @Column(name = "part_of", updatable = false)
  private Integer partOf;

  @ElementCollection
  @CollectionTable(name = "order_line_modifier", joinColumns = @JoinColumn(name = "line_id"))
  @OrderColumn(name = "position")
  private List<LineModifier> modifiers = new ArrayList<>();

  protected OrderLine() {}

  OrderLine(KitchenOrder order, int lineNumber, Draft draft) {
    this(order, lineNumber, draft, 0);
  }

  OrderLine(KitchenOrder order, int lineNumber, Draft draft, int addOn) {
    this(order, lineNumber, draft, addOn, null);
  }

  OrderLine(KitchenOrder order, int lineNumber, Draft draft, int addOn, Integer partOf) {
    this.order = order;
    this.partOf = partOf;
    this.bundle = !draft.parts().isEmpty();
    this.addOn = addOn;
    this.lineNumber = lineNumber;
    this.item = draft.item();
    this.itemName = draft.itemName();
    this.kitchenName = draft.kitchenName();
    this.quantity = draft.quantity();
    this.unitPrice = draft.unitPrice();
    this.note = draft.note();
    this.allergens =
        draft.allergens().isEmpty()
            ? EnumSet.noneOf(Allergen.class)
            : EnumSet.copyOf(draft.allergens());
    this.modifiers.addAll(draft.modifiers());
    this.unmapped = draft.unmapped();
    this.lineTotal =
        Totals.lineTotal(
            unitPrice, draft.modifiers().stream().map(LineModifier::charge).toList(), quantity);
  }

  /**
   * A line ready to be added to an order, its modifiers already checked against the menu. A
   * bundle's draft has {@code parts}: the flavours chosen, each a line of its own at no price.
   */
  public record Draft(
      MenuItem item,
      String itemName,
      String kitchenName,
      int quantity,
      Money unitPrice,
      List<LineModifier> modifiers,
      String note,
      Set<Allergen> allergens,
      boolean unmapped,
      List<Draft> parts) {

    /** Longest kitchen name a screen shows. */
    static final int KITCHEN_NAME_LENGTH = 24;

    public Draft {
      Objects.requireNonNull(itemName, "itemName");
      Objects.requireNonNull(kitchenName, "kitchenName");
      Objects.requireNonNull(unitPrice, "unitPrice");
      if (quantity < 1) {
        throw new IllegalArgumentException("quantity must be positive");
      }
      modifiers = List.copyOf(modifiers);
      allergens = Set.copyOf(allergens);
      parts = parts == null ? List.of() : List.copyOf(parts);
      if (parts.stream().anyMatch(p -> !p.parts().isEmpty())) {
        throw new IllegalArgumentException("a bundle's part is not a bundle itself");
      }
      if (unmapped != (item == null)) {
        throw new IllegalArgumentException(
            "a line has a menu item exactly when it is not unmapped");
      }
    }

    /** A line that is not a bundle. */
    public Draft(
        MenuItem item,
        String itemName,
        String kitchenName,
        int quantity,
        Money unitPrice,
        List<LineModifier> modifiers,
        String note,
        Set<Allergen> allergens,
        boolean unmapped) {
      this(
          item,
          itemName,
          kitchenName,
          quantity,
          unitPrice,
          modifiers,
          note,
          allergens,
          unmapped,
          List.of());
    }

    /** This draft and its parts, each once: what the kitchen makes and the stock gives. */
    public Stream<Draft> withParts() {
      return Stream.concat(Stream.of(this), parts.stream());
    }

    /** A partner's line not found on the menu, under the partner's own name, at no price. */
    public static Draft unmapped(String partnerItemName, int quantity, String note) {
      String kitchenName =
          partnerItemName.length() > KITCHEN_NAME_LENGTH
              ? partnerItemName.substring(0, KITCHEN_NAME_LENGTH)
              : partnerItemName;
      return new Draft(
          null,
          partnerItemName,
          kitchenName,
          quantity,
          Money.ZERO,
          List.of(),
          note,
          Set.of(),
          true);
    }
  }

  public Long id() {
    return id;
  }

  public KitchenOrder order() {
    return order;
  }

  public int lineNumber() {
    return lineNumber;
  }

  /** The menu item, or null for a line not ordered from the menu. */
  public MenuItem item() {
    return item;
  }

  public String itemName() {
    return itemName;
  }

  public String kitchenName() {
    return kitchenName;
  }

  public int quantity() {
    return quantity;
  }

  public Money unitPrice() {
    return unitPrice;
  }

  public Money lineTotal() {
    return lineTotal;
  }

  public String note() {
    return note;
  }

  public Set<Allergen> allergens() {
    return Collections.unmodifiableSet(allergens);
  }

  public List<LineModifier> modifiers() {
    return Collections.unmodifiableList(modifiers);
  }

  /** True for a partner's line that is not on the menu: the kitchen must check it. */
  public boolean isUnmapped() {
    return unmapped;
  }

  /** 0 for a line the order was placed with, else its add-on round. */
  public int addOn() {
    return addOn;
  }

  public boolean isVoided() {
    return voidedAt != null;
  }

  public OffsetDateTime voidedAt() {
    return voidedAt;
  }

  public String voidReason() {
    return voidReason;
  }

  void voidFor(String reason, OffsetDateTime now) {
    this.voidReason = Objects.requireNonNull(reason, "reason");
    this.voidedAt = Objects.requireNonNull(now, "now");
  }

  /** True for a bundle (a dozen): its flavours are lines of their own, part of it. */
  public boolean isBundle() {
    return bundle;
  }

  /** For a flavour of a bundle, the bundle's line number. */
  public Optional<Integer> partOf() {
    return Optional.ofNullable(partOf);
  }

  /** True for a flavour made as part of a bundle. */
  public boolean isPart() {
    return partOf != null;
  }

  /** The choices made in the item's groups ("Salsa: criolla"). */
  public List<LineModifier> choices() {
    return modifiers.stream().filter(m -> m.kind() == ModifierKind.CHOICE).toList();
  }

  public List<LineModifier> removed() {
    return modifiers.stream().filter(m -> m.kind() == ModifierKind.REMOVE).toList();
  }

  public List<LineModifier> added() {
    return modifiers.stream().filter(m -> m.kind() == ModifierKind.ADD).toList();
  }
}
