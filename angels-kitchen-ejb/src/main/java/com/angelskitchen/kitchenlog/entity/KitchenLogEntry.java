package com.angelskitchen.kitchenlog.entity;

import com.angelskitchen.platform.JsonP;
import jakarta.json.JsonObject;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.OffsetDateTime;

/**
 * One kitchen event as stored for replay: its sequence, type, the stations it concerns and the
 * event itself as JSON (with sequence 0: the real one is the row's). Entries are written once, by
 * {@link com.angelskitchen.kitchenlog.control.KitchenLog}'s single insert statement, and never
 * changed.
 */
@Entity
@Cacheable(false) // written once, read by query: see persistence.xml
@Table(name = "kitchen_log")
@NamedQuery(
    name = KitchenLogEntry.AFTER,
    query = "SELECT e FROM KitchenLogEntry e WHERE e.sequence > :after ORDER BY e.sequence")
@NamedQuery(
    name = KitchenLogEntry.OF_ORDER,
    query =
        "SELECT e FROM KitchenLogEntry e WHERE e.orderId = :orderId AND e.eventType = :type"
            + " ORDER BY e.sequence")
public class KitchenLogEntry {

  public static final String AFTER = "KitchenLogEntry.after";
  public static final String OF_ORDER = "KitchenLogEntry.ofOrder";

  @Id private long sequence;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "event_type", nullable = false, updatable = false, length = 40)
  private String eventType;

  @Column(name = "order_id", updatable = false)
  private Long orderId;

  /** Comma-separated station codes; empty when the event concerns no station's screen. */
  @Column(nullable = false, updatable = false, length = 400)
  private String stations;

  @Column(nullable = false, updatable = false)
  private String payload;

  protected KitchenLogEntry() {}

  public long sequence() {
    return sequence;
  }

  public OffsetDateTime recordedAt() {
    return recordedAt;
  }

  public String eventType() {
    return eventType;
  }

  public Long orderId() {
    return orderId;
  }

  public String stations() {
    return stations;
  }

  public String payload() {
    return payload;
  }

  /**
   * The event as it was fired: the stored payload carries sequence 0 (it is written before the
   * number is taken), this puts the real one back.
   */
  public JsonObject event() {
    try (var reader = JsonP.JSON.createReader(new StringReader(payload))) {
      return JsonP.JSON.createObjectBuilder(reader.readObject()).add("sequence", sequence).build();
    }
  }
}
