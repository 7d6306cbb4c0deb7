package com.angelskitchen.kitchen.boundary;

import com.angelskitchen.kitchen.control.KitchenEventCodec;
import com.angelskitchen.kitchen.control.KitchenLog;
import com.angelskitchen.kitchen.entity.KitchenLogEntry;
import com.angelskitchen.kitchen.events.KitchenEvent;
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

  /** The events after a sequence number, oldest first, rebuilt as they were fired. */
  public List<KitchenEvent> eventsAfter(long sequence, int maxResults) {
    return log.after(sequence, maxResults).stream()
        .map(
            entry ->
                KitchenEventCodec.fromJson(entry.eventType(), entry.payload(), entry.sequence()))
        .toList();
  }

  /** The highest sequence committed so far. */
  public long lastSequence() {
    return log.lastSequence();
  }
}
