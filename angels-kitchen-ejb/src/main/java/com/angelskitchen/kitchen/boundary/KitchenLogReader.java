package com.angelskitchen.kitchen.boundary;

import com.angelskitchen.kitchen.control.KitchenLog;
import com.angelskitchen.kitchen.entity.KitchenLogEntry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Reads the kitchen log for screens and displays catching up. */
@Stateless
public class KitchenLogReader {

  @Inject KitchenLog log;

  public List<KitchenLogEntry> after(long sequence, int maxResults) {
    return log.after(sequence, maxResults);
  }
}
