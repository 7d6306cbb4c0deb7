package com.angelskitchen.web.kds;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A kitchen event with its message for each channel, built once. The messages are built by the
 * committing thread before it queues for the sequencer's lock, so that the lock is held only to put
 * events in order and hand the ready messages to the screens.
 */
public final class Publication {

  private final KitchenEvent event;
  private final Map<Channel, Optional<String>> messages = new ConcurrentHashMap<>();

  Publication(KitchenEvent event) {
    this.event = event;
  }

  /** Builds the messages for these channels now (those screens are connected). */
  Publication preparedFor(Iterable<Channel> channels) {
    channels.forEach(this::messageFor);
    return this;
  }

  long sequence() {
    return event.sequence();
  }

  /** What screens of this channel are sent; empty when the event does not concern them. */
  Optional<String> messageFor(Channel channel) {
    return messages.computeIfAbsent(channel, c -> ChannelMessages.forChannel(event, c));
  }
}
