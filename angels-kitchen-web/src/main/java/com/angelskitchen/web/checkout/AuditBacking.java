package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.MoneyAuditLog;
import com.angelskitchen.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs admin/audit.xhtml: a manager reads the money audit log of one business day (today when
 * opened), narrowed to one action, to what one member of staff did, or to one order ({@code
 * ?order=}), newest first, at most {@link MoneyAuditLog#MOST} entries.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB MoneyAuditLog log;

  private LocalDate day;
  private String action;
  private String who;
  private Long order;
  // Read again after a session is restored on another server (records are not Serializable).
  private transient MoneyAuditLog.Found found;

  @PostConstruct
  void init() {
    day = log.today();
  }

  /** Reads the entries the filter asks for; a refused filter says why and shows nothing. */
  public void show() {
    found = new MoneyAuditLog.Found(List.of(), false);
    if (day == null) {
      PageMessages.error("audit.day.missing");
      return;
    }
    PageMessages.attempt(
            "audit.attempt.load",
            () ->
                log.find(
                    new MoneyAuditLog.Filter(
                        log.startOf(day),
                        log.startOf(day.plusDays(1)),
                        MoneyAuditLog.actions(action),
                        who,
                        order,
                        MoneyAuditLog.MOST)))
        .ifPresent(read -> found = read);
  }

  public List<MoneyAuditLog.Entry> getEntries() {
    if (found == null) {
      show();
    }
    return found.entries();
  }

  /** True when the limit left older entries out. */
  public boolean isMore() {
    getEntries();
    return found.more();
  }

  public int getMost() {
    return MoneyAuditLog.MOST;
  }

  /** Every action there is, for the choice. */
  public List<String> getActions() {
    return AuditWords.actions();
  }

  /** An action in the screen's language (a newer one by its code). */
  public String words(String code) {
    return AuditWords.action(PageMessages.texts(), code);
  }

  /** The query string of the CSV link: the filter shown. */
  public String getQuery() {
    StringBuilder query = new StringBuilder("from=").append(day).append("&to=").append(day);
    if (action != null && !action.isBlank()) {
      query.append("&action=").append(encoded(action));
    }
    if (who != null && !who.isBlank()) {
      query.append("&actor=").append(encoded(who.strip()));
    }
    if (order != null) {
      query.append("&order=").append(order);
    }
    return query.toString();
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getWho() {
    return who;
  }

  public void setWho(String who) {
    this.who = who;
  }

  public Long getOrder() {
    return order;
  }

  public void setOrder(Long order) {
    this.order = order;
  }
}
