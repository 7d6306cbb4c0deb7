package com.angelskitchen.kitchenlog.boundary;

import com.angelskitchen.kitchenlog.control.KitchenEventCodec;
import com.angelskitchen.kitchenlog.control.KitchenLog;
import com.angelskitchen.kitchenlog.entity.KitchenLogEntry;
import com.angelskitchen.kitchenlog.events.KitchenEvent;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** Reads the kitchen log for screens and displays catching up. */
@Stateless
public class KitchenLogReader {

  @Inject KitchenLog log;

  @Inject KitchenEventCodec codec;

  public List<KitchenLogEntry> after(long sequence, int maxResults) {
    return log.after(sequence, maxResults);
  }

  /** The events after a sequence number, oldest first, rebuilt as they were fired. */
  public List<KitchenEvent> eventsAfter(long sequence, int maxResults) {
    return log.after(sequence, maxResults).stream().map(codec::fromLog).toList();
  }

  /** The highest sequence committed so far. */
  public long lastSequence() {
    return log.lastSequence();
  }
}
