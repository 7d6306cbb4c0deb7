package com.angelskitchen.partners.entity;

import com.angelskitchen.platform.Phrase;
import com.angelskitchen.platform.persistence.PhraseArguments;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** One switch of busy mode, as it happened: on or off, how, who (null: automatic), why, when. */
@Entity
@Table(name = "busy_switch")
@NamedQuery(
    name = BusySwitch.RECENT,
    query = "SELECT s FROM BusySwitch s ORDER BY s.switchedAt DESC, s.id DESC")
public class BusySwitch {

  public static final String RECENT = "BusySwitch.recent";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private boolean busy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private BusyMode.Kind mode;

  @Column(name = "extra_minutes", nullable = false, updatable = false)
  private int extraMinutes;

  @Column(name = "switched_by", updatable = false, length = 64)
  private String switchedBy;

  @Column(nullable = false, updatable = false, length = 300)
  private String why;

  @Column(name = "why_code", updatable = false, length = 64)
  private String whyCode;

  @Convert(converter = PhraseArguments.class)
  @Column(name = "why_arguments", updatable = false, length = 1000)
  private List<String> whyArguments;

  @Column(name = "switched_at", nullable = false, updatable = false)
  private OffsetDateTime switchedAt;

  protected BusySwitch() {}

  public BusySwitch(
      boolean busy,
      BusyMode.Kind mode,
      int extraMinutes,
      String switchedBy,
      Phrase why,
      OffsetDateTime at) {
    this.busy = busy;
    this.mode = mode;
    this.extraMinutes = extraMinutes;
    this.switchedBy = switchedBy;
    Phrase kept = why.clipped(300);
    this.why = kept.english();
    this.whyCode = kept.code();
    this.whyArguments = kept.arguments();
    this.switchedAt = at;
  }

  public Long id() {
    return id;
  }

  public boolean busy() {
    return busy;
  }

  public BusyMode.Kind mode() {
    return mode;
  }

  public int extraMinutes() {
    return extraMinutes;
  }

  /** The manager who switched, or null when it switched by itself. */
  public String switchedBy() {
    return switchedBy;
  }

  public boolean automatic() {
    return switchedBy == null;
  }

  public Phrase why() {
    return new Phrase(whyCode, whyArguments, why);
  }

  public OffsetDateTime switchedAt() {
    return switchedAt;
  }
}
