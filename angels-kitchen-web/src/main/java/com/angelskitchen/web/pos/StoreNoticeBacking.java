package com.angelskitchen.web.pos;

import com.angelskitchen.partners.boundary.BusyControl;
import com.angelskitchen.partners.boundary.StoreHours;
import com.angelskitchen.partners.entity.BusyMode;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The POS's banners: outside the store's hours (the cashier may still take the order, a walk-in
 * after hours; partner orders are refused), and busy mode. Read on each request, never kept.
 */
@Named
@RequestScoped
public class StoreNoticeBacking {

  @EJB StoreHours hours;

  @EJB BusyControl busy;

  private Boolean outside;
  private BusyMode mode;

  public boolean isOutsideHours() {
    if (outside == null) {
      outside = !hours.openNow();
    }
    return outside;
  }

  public boolean isBusy() {
    if (mode == null) {
      mode = busy.status().mode();
    }
    return mode.busy();
  }
}
