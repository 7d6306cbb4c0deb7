package com.angelskitchen.web.kds;

import com.angelskitchen.kitchenlog.boundary.KitchenLogReader;
import com.angelskitchen.kitchenlog.events.KitchenEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The kitchen log, in memory: holds the events the test wrote and records every read. */
final class FakeLog extends KitchenLogReader {

  /** One call of {@link #eventsAfter}. */
  record Read(long after, int maxResults) {}

  final List<Read> reads = new ArrayList<>();
  private final TreeMap<Long, KitchenEvent> entries = new TreeMap<>();
  private long lastSequence;

  /** Told of every read before it is answered, e.g. to hold it up. */
  Consumer<Read> whileReading = read -> {};

  /** Thrown by the next read, e.g. the database is away. */
  RuntimeException failNextReadWith;

  FakeLog write(KitchenEvent... events) {
    for (KitchenEvent event : events) {
      entries.put(event.sequence(), event);
      lastSequence = Math.max(lastSequence, event.sequence());
    }
    return this;
  }

  /** The log's counter stands at this (the entries up to it need not all be written here). */
  FakeLog lastSequenceIs(long sequence) {
    lastSequence = sequence;
    return this;
  }

  @Override
  public List<KitchenEvent> eventsAfter(long sequence, int maxResults) {
    Read read = new Read(sequence, maxResults);
    reads.add(read);
    whileReading.accept(read);
    if (failNextReadWith != null) {
      RuntimeException failure = failNextReadWith;
      failNextReadWith = null;
      throw failure;
    }
    return entries.tailMap(sequence, false).values().stream().limit(maxResults).toList();
  }

  @Override
  public long lastSequence() {
    return lastSequence;
  }
}
