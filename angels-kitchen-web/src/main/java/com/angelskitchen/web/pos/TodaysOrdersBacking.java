package com.angelskitchen.web.pos;

import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * Backs the POS list of today's orders: their kitchen status (redrawn when the POS channel says an
 * order moved), payment, and voiding an order with a reason.
 */
@Named
@ViewScoped
public class TodaysOrdersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int SHOWN = 200;

  @EJB OrderDesk desk;

  private List<OrderRow> orders = List.of();
  private Long voiding;
  private String voidNumber;
  private String voidReason;

  @PostConstruct
  public void refresh() {
    orders = desk.today(SHOWN).stream().map(OrderRow::of).toList();
  }

  public void startVoid(long orderId, String number) {
    voiding = orderId;
    voidNumber = number;
    voidReason = null;
  }

  /** Voids the order: its tickets leave the stations, which show the reason. */
  public void confirmVoid() {
    if (voiding == null) {
      return;
    }
    if (voidReason == null || voidReason.isBlank()) {
      PageMessages.error("pos.void.reason.missing", voidNumber);
      return;
    }
    if (PageMessages.attempt("pos.attempt.void", () -> desk.cancel(voiding, voidReason))
        .isPresent()) {
      PageMessages.info("pos.void.done", voidNumber);
      PrimeFaces.current().ajax().addCallbackParam("voided", true);
      voiding = null;
    }
    refresh();
  }

  public List<OrderRow> getOrders() {
    return orders;
  }

  public String getVoidNumber() {
    return voidNumber;
  }

  /** The void dialog's title: "Void order 042". */
  public String getVoidTitle() {
    return voidNumber == null ? "" : PageMessages.texts().get("pos.void.title", voidNumber);
  }

  public String getVoidReason() {
    return voidReason;
  }

  public void setVoidReason(String voidReason) {
    this.voidReason = voidReason;
  }
}
