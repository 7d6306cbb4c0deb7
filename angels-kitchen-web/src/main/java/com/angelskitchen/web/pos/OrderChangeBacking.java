package com.angelskitchen.web.pos;

import com.angelskitchen.checkout.boundary.OrderChanges;
import com.angelskitchen.ordering.boundary.ChangeOrder;
import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.platform.config.KitchenSettings;
import com.angelskitchen.web.PageMessages;
import com.angelskitchen.web.i18n.StoreFormat;
import com.angelskitchen.web.orders.LineText;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Backs the POS dialog that changes an order already sent: its name, note and pickup time, and
 * voiding one of its lines with a reason (the station sees it struck through). Adding lines is the
 * cart's work ({@link PosBacking#startAddOn}).
 */
@Named
@ViewScoped
public class OrderChangeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB OrderDesk desk;

  @EJB OrderChanges changes;

  @Inject StoreFormat format;

  @Inject KitchenSettings settings;

  @Inject Clock clock;

  /** A line as the dialog lists it. */
  public record LineRow(long id, String text, boolean voided, String voidReason)
      implements Serializable {}

  private Long orderId;
  private String number;
  private String customerName;
  private String note;
  private String pickupTime;
  private String shownPickup;
  private OffsetDateTime pickupAtBefore;
  private String voidReason;
  private List<LineRow> lines = List.of();

  public void open(long orderId) {
    PageMessages.attempt("pos.attempt.change", () -> desk.find(orderId)).ifPresent(this::show);
  }

  private void show(KitchenOrder order) {
    orderId = order.id();
    number = order.number().display();
    customerName = order.customerName();
    note = order.note();
    pickupTime = PickupTime.shown(order.pickupAt(), format);
    shownPickup = pickupTime;
    pickupAtBefore = order.pickupAt();
    voidReason = null;
    lines =
        order.lines().stream()
            .filter(l -> !l.isPart()) // a flavour of a dozen goes with its dozen
            .map(l -> new LineRow(l.id(), LineText.of(l), l.isVoided(), l.voidReason()))
            .toList();
  }

  /** Saves the name, note and pickup time; the stations working on the order show them. */
  public void saveHeader() {
    if (orderId == null) {
      return;
    }
    // A pickup time left as it was shown is kept as it was (it may have passed already, or be
    // tomorrow's); only a time typed anew is read against the clock.
    Optional<OffsetDateTime> pickupAt =
        Objects.equals(blankToNull(pickupTime), shownPickup)
            ? Optional.ofNullable(pickupAtBefore)
            : PickupTime.read(pickupTime, clock, format, settings.businessDayStartsAt());
    if (pickupAt == null) {
      return;
    }
    if (PageMessages.attempt(
            "pos.attempt.change",
            () ->
                changes.changeHeader(
                    orderId, new ChangeOrder(customerName, note, pickupAt.orElse(null)), cashier()))
        .isPresent()) {
      PageMessages.info("pos.change.saved", number);
    }
    open(orderId);
  }

  /** Voids one line, with the reason typed above the lines. */
  public void voidLine(long lineId) {
    if (orderId == null) {
      return;
    }
    if (voidReason == null || voidReason.isBlank()) {
      PageMessages.error("pos.change.voidReason.missing");
      return;
    }
    if (PageMessages.attempt(
            "pos.attempt.voidLine", () -> changes.voidLine(orderId, lineId, voidReason, cashier()))
        .isPresent()) {
      PageMessages.info("pos.change.lineVoided", number);
    }
    open(orderId);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String cashier() {
    return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
  }

  public Long getOrderId() {
    return orderId;
  }

  /** The dialog's title: "Change order 042". */
  public String getTitle() {
    return number == null ? "" : PageMessages.texts().get("pos.change.title", number);
  }

  public List<LineRow> getLines() {
    return lines;
  }

  public String getCustomerName() {
    return customerName;
  }

  public void setCustomerName(String customerName) {
    this.customerName = customerName;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getPickupTime() {
    return pickupTime;
  }

  public void setPickupTime(String pickupTime) {
    this.pickupTime = pickupTime;
  }

  public String getVoidReason() {
    return voidReason;
  }

  public void setVoidReason(String voidReason) {
    this.voidReason = voidReason;
  }
}
