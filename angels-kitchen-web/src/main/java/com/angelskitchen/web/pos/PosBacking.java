package com.angelskitchen.web.pos;

import com.angelskitchen.checkout.boundary.OrderChanges;
import com.angelskitchen.menu.boundary.MenuCatalog;
import com.angelskitchen.money.TaxRule;
import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.entity.Fulfillment;
import com.angelskitchen.ordering.entity.OrderSource;
import com.angelskitchen.ordering.entity.Totals;
import com.angelskitchen.ordering.events.OrderPlaced;
import com.angelskitchen.platform.config.KitchenSettings;
import com.angelskitchen.web.PageMessages;
import com.angelskitchen.web.i18n.StoreFormat;
import com.angelskitchen.web.pos.PosItem.Choice;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;

/**
 * Backs the cashier's screen: the menu buttons, the line being edited in the modifier dialog, the
 * cart and sending it. The cart is kept when the kitchen refuses an order, and cleared only once
 * the order was accepted.
 */
@Named
@ViewScoped
public class PosBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB MenuCatalog catalog;

  @EJB OrderDesk desk;

  @EJB OrderChanges changes;

  @Inject KitchenSettings settings;

  @Inject StoreFormat format;

  @Inject Clock clock;

  private List<PosCategory> menu = List.of();
  private int activeTab;
  private final Cart cart = new Cart();
  private TaxRule taxRule;

  private PosItem editing;
  private int editingIndex = -1;
  private List<String> removeCodes = new ArrayList<>();
  private List<String> addCodes = new ArrayList<>();
  private int quantity = 1;
  private String lineNote;
  private List<GroupPick> picks = new ArrayList<>();

  private Fulfillment fulfillment = Fulfillment.TAKEOUT;
  private String customerName;
  private String orderNote;
  private String allergyAlert;
  private boolean rush;
  private String pickupTime;

  private SentOrder sent;
  private SentOrder addingTo;

  /** The order just accepted: what the cashier reads to the guest. */
  public record SentOrder(long id, String number, BigDecimal total) implements Serializable {}

  @PostConstruct
  void load() {
    taxRule = new TaxRule(settings.taxRate(), settings.pricesIncludeTax());
    refreshMenu();
  }

  /** Reads the menu again (the POS channel says it changed, or an item was 86'd or restored). */
  public void refreshMenu() {
    menu = PosCategory.menu(catalog.categories(), catalog.items());
    if (activeTab >= menu.size()) {
      activeTab = 0;
    }
  }

  /** A tap on an item button: opens the modifier dialog for a new line. */
  public void choose(String code) {
    Optional<PosItem> item = item(code);
    if (item.isEmpty()) {
      PageMessages.error("pos.item.gone");
      return;
    }
    if (!item.get().available()) {
      PageMessages.error("pos.item.eightySixed", item.get().name());
      return;
    }
    startEditing(item.get(), -1, 1, List.of(), List.of(), null, List.of());
    tellPage("editing");
  }

  /** A tap on a cart line: opens the dialog to change it. */
  public void edit(int index) {
    if (index < 0 || index >= cart.lines().size()) {
      return;
    }
    Cart.Line line = cart.lines().get(index);
    startEditing(
        line.item(),
        index,
        line.quantity(),
        line.removed().stream().map(Choice::code).toList(),
        line.added().stream().map(Choice::code).toList(),
        line.note(),
        line.picked());
    tellPage("editing");
  }

  /** "Add to order" / "Update line" in the modifier dialog. */
  public void saveLine() {
    if (editing == null) {
      PageMessages.error("pos.line.closed");
      return;
    }
    if (quantity < 1 || quantity > PlaceOrder.MAX_QUANTITY) {
      PageMessages.error("pos.line.quantity.range", PlaceOrder.MAX_QUANTITY);
      return;
    }
    String note = lineNote == null || lineNote.isBlank() ? null : lineNote.strip();
    if (note != null && note.length() > PlaceOrder.MAX_LINE_NOTE) {
      PageMessages.error("pos.line.note.tooLong", PlaceOrder.MAX_LINE_NOTE);
      return;
    }
    List<Choice> removed =
        editing.removable().stream().filter(c -> removeCodes.contains(c.code())).toList();
    List<Choice> added =
        editing.extras().stream().filter(c -> addCodes.contains(c.code())).toList();
    if (picks.size() != editing.groups().size()) {
      // The tap was lost (see getEditing): the choices must be made again.
      picks = picksFor(editing, List.of());
    }
    for (GroupPick pick : picks) {
      if (!pick.isSatisfied()) {
        PosItem.Group group = pick.getGroup();
        if (pick.getTotal() > group.max()) {
          PageMessages.error("pos.line.group.tooMany", group.name(), group.max(), pick.getTotal());
        } else {
          PageMessages.error("pos.line.group.choose", group.name(), group.min(), pick.getTotal());
        }
        return;
      }
    }
    List<Cart.Picked> picked = picks.stream().flatMap(p -> p.picked().stream()).toList();
    cart.put(editingIndex, new Cart.Line(editing, quantity, removed, added, note, picked));
    editing = null;
    tellPage("saved");
  }

  public void removeLine(int index) {
    cart.remove(index);
  }

  /**
   * Sends the cart to the kitchen under the cart's idempotency key, so a double tap or a resent
   * form places one order and shows its number. On success the cart empties and the order number
   * shows; on a refusal the message says why and the cart stays as it was. A Send that arrives
   * after the cart was sent and emptied (the second of a double tap) leaves the number showing.
   */
  public void send() {
    if (cart.isEmpty()) {
      if (sent == null) {
        PageMessages.error("pos.empty");
      }
      return;
    }
    if (addingTo != null) {
      sendAddOn();
      return;
    }
    Optional<OffsetDateTime> pickupAt = pickupAt();
    if (pickupAt == null) {
      return;
    }
    PageMessages.attempt(
            "pos.attempt.send",
            () ->
                desk.placeOnce(
                    cart.key(),
                    FacesContext.getCurrentInstance().getExternalContext().getRemoteUser(),
                    new PlaceOrder(
                        OrderSource.POS,
                        fulfillment,
                        customerName,
                        orderNote,
                        blank(allergyAlert) ? null : allergyAlert.strip(),
                        rush,
                        pickupAt.orElse(null),
                        cart.requestLines())))
        .ifPresentOrElse(this::accepted, this::refreshMenu);
  }

  /**
   * Puts the cart to work for an order already sent: what is rung up next goes to that order as an
   * add-on (its stations get ADD-ON tickets), not as a new order.
   */
  public void startAddOn(long orderId, String number) {
    addingTo = new SentOrder(orderId, number, null);
    sent = null;
    cart.clear();
  }

  /** Back to ringing up new orders. */
  public void stopAddOn() {
    addingTo = null;
    cart.clear();
  }

  private void sendAddOn() {
    SentOrder order = addingTo;
    String cashier = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    PageMessages.attempt(
            "pos.attempt.addOn", () -> changes.addLines(order.id(), cart.requestLines(), cashier))
        .ifPresentOrElse(
            added -> {
              sent =
                  new SentOrder(order.id(), order.number(), desk.find(order.id()).total().amount());
              addingTo = null;
              cart.clear();
              PageMessages.info("pos.addOn.sent", order.number());
            },
            this::refreshMenu);
  }

  /** The order the cart adds to, or null when it rings up a new order. */
  public SentOrder getAddingTo() {
    return addingTo;
  }

  private void accepted(OrderPlaced placed) {
    sent = new SentOrder(placed.order().orderId(), placed.order().orderNumber(), placed.total());
    cart.clear();
    customerName = null;
    orderNote = null;
    allergyAlert = null;
    rush = false;
    pickupTime = null;
    fulfillment = Fulfillment.TAKEOUT;
  }

  private Optional<OffsetDateTime> pickupAt() {
    return PickupTime.read(pickupTime, clock, format, settings.businessDayStartsAt());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public String getAllergyAlert() {
    return allergyAlert;
  }

  public void setAllergyAlert(String allergyAlert) {
    this.allergyAlert = allergyAlert;
  }

  public boolean isRush() {
    return rush;
  }

  public void setRush(boolean rush) {
    this.rush = rush;
  }

  /** The pickup time as typed ("21:30"), or blank for as soon as possible. */
  public String getPickupTime() {
    return pickupTime;
  }

  public void setPickupTime(String pickupTime) {
    this.pickupTime = pickupTime;
  }

  /** Starts a new order after the last one was paid or left for later. */
  public void newOrder() {
    sent = null;
  }

  private void startEditing(
      PosItem item,
      int index,
      int quantity,
      List<String> removeCodes,
      List<String> addCodes,
      String note,
      List<Cart.Picked> picked) {
    this.editing = item;
    this.editingIndex = index;
    this.quantity = quantity;
    this.removeCodes = new ArrayList<>(removeCodes);
    this.addCodes = new ArrayList<>(addCodes);
    this.lineNote = note;
    this.picks = picksFor(item, picked);
  }

  private static List<GroupPick> picksFor(PosItem item, List<Cart.Picked> picked) {
    return new ArrayList<>(item.groups().stream().map(g -> new GroupPick(g, picked)).toList());
  }

  /** The groups of the line being edited, in the order the cashier goes through them. */
  public List<GroupPick> getPicks() {
    return picks;
  }

  /** A flag for the page's oncomplete script: open or close the dialog. */
  private static void tellPage(String flag) {
    PrimeFaces.current().ajax().addCallbackParam(flag, true);
  }

  private Optional<PosItem> item(String code) {
    return menu.stream()
        .flatMap(c -> c.items().stream())
        .filter(i -> i.code().equals(code))
        .findFirst();
  }

  /** True when the menu now says the item cannot be sold: its cart line is flagged. */
  public boolean isEightySixed(String code) {
    return item(code).map(i -> !i.available()).orElse(true);
  }

  public List<PosCategory> getMenu() {
    return menu;
  }

  public int getActiveTab() {
    return activeTab;
  }

  public void setActiveTab(int activeTab) {
    this.activeTab = activeTab;
  }

  public List<Cart.Line> getLines() {
    return cart.lines();
  }

  public Totals getTotals() {
    return cart.totals(taxRule);
  }

  /** The tax rate, a fraction (0.21), for the totals' label. */
  public BigDecimal getTaxRate() {
    return taxRule.rate();
  }

  /** True when the menu prices include the VAT: the cart shows the VAT they contain. */
  public boolean isTaxIncluded() {
    return taxRule.included();
  }

  /**
   * The item of the line being edited. On a postback of the dialog's form, before the action runs,
   * a line the bean does not hold is taken from the form, which carries it ({@code line-item},
   * {@code line-index}): a save must not depend on the server remembering the tap. Right after a
   * server of the cluster died, two requests of one browser (a tap, and the screen's socket
   * reconnecting) can each load the session from the data grid, and the copy Payara keeps may be
   * the one without the tap (its session swap-in takes no lock per session).
   */
  public PosItem getEditing() {
    if (editing == null) {
      editingFromTheForm();
    }
    return editing;
  }

  private void editingFromTheForm() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null
        || !faces.isPostback()
        || faces.getCurrentPhaseId().getOrdinal() >= PhaseId.INVOKE_APPLICATION.getOrdinal()) {
      return;
    }
    Map<String, String> form = faces.getExternalContext().getRequestParameterMap();
    String code = form.get("line-item");
    if (code == null || code.isBlank()) {
      return;
    }
    item(code)
        .ifPresent(
            item -> {
              int index = lineIndex(form.get("line-index"));
              editing = item;
              editingIndex = index < cart.lines().size() ? index : -1;
            });
  }

  private static int lineIndex(String text) {
    try {
      return text == null ? -1 : Math.max(-1, Integer.parseInt(text));
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }

  /** The item code of the line being edited, for the dialog's form; empty when none is. */
  public String getEditingCode() {
    return editing == null ? "" : editing.code();
  }

  public int getEditingIndex() {
    return editingIndex;
  }

  public boolean isEditingExisting() {
    return editingIndex >= 0;
  }

  public List<String> getRemoveCodes() {
    return removeCodes;
  }

  public void setRemoveCodes(List<String> removeCodes) {
    this.removeCodes = removeCodes == null ? new ArrayList<>() : removeCodes;
  }

  public List<String> getAddCodes() {
    return addCodes;
  }

  public void setAddCodes(List<String> addCodes) {
    this.addCodes = addCodes == null ? new ArrayList<>() : addCodes;
  }

  public int getQuantity() {
    return quantity;
  }

  public void setQuantity(int quantity) {
    this.quantity = quantity;
  }

  public String getLineNote() {
    return lineNote;
  }

  public void setLineNote(String lineNote) {
    this.lineNote = lineNote;
  }

  public Fulfillment[] getFulfillments() {
    return Fulfillment.values();
  }

  public Fulfillment getFulfillment() {
    return fulfillment;
  }

  public void setFulfillment(Fulfillment fulfillment) {
    this.fulfillment = fulfillment == null ? Fulfillment.TAKEOUT : fulfillment;
  }

  public String getCustomerName() {
    return customerName;
  }

  public void setCustomerName(String customerName) {
    this.customerName = customerName;
  }

  public String getOrderNote() {
    return orderNote;
  }

  public void setOrderNote(String orderNote) {
    this.orderNote = orderNote;
  }

  public SentOrder getSent() {
    return sent;
  }
}
