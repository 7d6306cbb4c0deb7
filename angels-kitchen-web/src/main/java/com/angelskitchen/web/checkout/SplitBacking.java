package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.SplitCheck;
import com.angelskitchen.checkout.boundary.Till;
import com.angelskitchen.web.PageMessages;
import com.angelskitchen.web.pos.TenderBacking;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Backs the split panel of the tender dialog: the check evenly into N parts, or by item, each line
 * to a part. The tender dialog then takes a payment per part.
 */
@Named
@ViewScoped
public class SplitBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Till till;

  @Inject TenderBacking tender;

  private boolean open;
  private int parts = 2;
  private HashMap<Long, Integer> partOfLine = new HashMap<>();

  /** Opens the panel: two parts, every line in the first. */
  public void start() {
    open = true;
    parts = 2;
    partOfLine = new HashMap<>();
    tender.getLines().forEach(l -> partOfLine.put(l.id(), 1));
  }

  public void cancel() {
    open = false;
  }

  public void splitEvenly() {
    split(SplitCheck.evenly(parts));
  }

  public void splitByItem() {
    split(SplitCheck.byItem(partOfLine));
  }

  private void split(SplitCheck how) {
    Long orderId = tender.getOrderId();
    if (orderId == null) {
      return;
    }
    String cashier =
        FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    PageMessages.attempt("split.attempt", () -> till.split(orderId, how, cashier))
        .ifPresent(
            done -> {
              open = false;
              tender.reload();
              PageMessages.info("split.done", done.size());
            });
  }

  public boolean isOpen() {
    return open;
  }

  public int getParts() {
    return parts;
  }

  public void setParts(int parts) {
    this.parts = parts;
  }

  /** The numbers a line can go to: 1 to the number of parts. */
  public List<Integer> getPartNumbers() {
    return IntStream.rangeClosed(1, Math.max(2, Math.min(parts, 20))).boxed().toList();
  }

  public Map<Long, Integer> getPartOfLine() {
    return partOfLine;
  }
}
