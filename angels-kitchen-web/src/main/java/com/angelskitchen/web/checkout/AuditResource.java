package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.MoneyAuditLog;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.web.i18n.KitchenLanguage;
import com.angelskitchen.web.i18n.StoreFormat;
import com.angelskitchen.web.i18n.Texts;
import com.angelskitchen.web.reports.ReportTables;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The money audit log for managers: every money action of a span of time, newest first, narrowed by
 * action, by who did it or by order. {@code from} and {@code to} are business days (ISO dates, both
 * included) or moments (ISO with an offset, {@code to} not included); today's business day when
 * absent. As JSON, or as CSV made like the reports' ({@link ReportTables#file}).
 */
@ApplicationScoped
@Tag(name = "Checkout")
@AllowedRoles(Roles.MANAGER)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @EJB MoneyAuditLog log;

  @Inject KitchenLanguage language;

  @Inject StoreFormat format;

  /**
   * What was read: the span, the entries (newest first, as {@link MoneyAuditLog.Entry}; absent
   * fields are left out), and whether the limit left some out.
   */
  public record AuditView(
      OffsetDateTime from, OffsetDateTime to, List<MoneyAuditLog.Entry> entries, boolean more) {}

  @GET
  @Operation(
      summary =
          "The money audit log, newest first: from/to business days or ISO moments (default"
              + " today), action (DISCOUNT,REFUND,...), actor, order (id), limit (100, at most"
              + " 500)")
  public AuditView read(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("action") List<String> actions,
      @QueryParam("actor") String actor,
      @QueryParam("order") String order,
      @QueryParam("limit") String limit) {
    MoneyAuditLog.Filter filter = filter(from, to, actions, actor, order, limit);
    MoneyAuditLog.Found found = log.find(filter);
    return new AuditView(filter.from(), filter.to(), found.entries(), found.more());
  }

  @GET
  @Path("entries.csv")
  @Produces("text/csv")
  @Operation(
      summary =
          "The money audit log as CSV, same filter as GET /api/audit: UTF-8 with a BOM, headers in"
              + " the reader's language, plain decimals")
  public Response csv(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("action") List<String> actions,
      @QueryParam("actor") String actor,
      @QueryParam("order") String order,
      @QueryParam("limit") String limit) {
    MoneyAuditLog.Filter filter =
        filter(from, to, actions, actor, order, limit == null ? "" + MoneyAuditLog.MOST : limit);
    List<MoneyAuditLog.Entry> entries = log.find(filter).entries();
    String file = "audit-" + filter.from().toLocalDate() + ".csv";
    return Response.ok(
            ReportTables.file(table(entries, language.texts()), format.locale()),
            "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .build();
  }

  /** The entries as a table: its header in the reader's language, the cells data. */
  static ReportTables.Table table(List<MoneyAuditLog.Entry> entries, Texts texts) {
    return new ReportTables.Table(
        "audit",
        List.of(
            texts.get("csv.at"),
            texts.get("csv.action"),
            texts.get("csv.orderId"),
            texts.get("csv.orderNumber"),
            texts.get("csv.businessDay"),
            texts.get("csv.amount"),
            texts.get("csv.actor"),
            texts.get("csv.approvedBy"),
            texts.get("csv.detail")),
        entries.stream()
            .map(
                e ->
                    List.of(
                        e.at().toString(),
                        e.action(),
                        e.orderId() == null ? "" : e.orderId().toString(),
                        text(e.orderNumber()),
                        e.businessDay() == null ? "" : e.businessDay().toString(),
                        e.amount() == null ? "" : e.amount().toPlainString(),
                        text(e.actor()),
                        text(e.approvedBy()),
                        text(e.detail())))
            .toList());
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private MoneyAuditLog.Filter filter(
      String from, String to, List<String> actions, String actor, String order, String limit) {
    LocalDate today = log.today();
    return new MoneyAuditLog.Filter(
        moment(from, "from", today, log::startOf, false),
        moment(to, "to", today, log::startOf, true),
        MoneyAuditLog.actions(actions == null ? null : String.join(",", actions)),
        actor,
        whole(order, "checkout.audit-order", "an order id is a whole number from 1", null),
        (int)
            Math.max(
                0,
                Math.min(
                    MoneyAuditLog.MOST + 1L,
                    whole(
                        limit,
                        "checkout.audit-limit",
                        "read 1 to " + MoneyAuditLog.MOST + " entries at a time",
                        (long) MoneyAuditLog.USUAL,
                        MoneyAuditLog.MOST))));
  }

  /**
   * A bound of the span: a business day (its start; for {@code to}, the next day's start, so that
   * the day is included), a moment with an offset as it is, today's business day when absent.
   */
  static OffsetDateTime moment(
      String value,
      String name,
      LocalDate today,
      Function<LocalDate, OffsetDateTime> startOf,
      boolean end) {
    if (value == null || value.isBlank()) {
      return startOf.apply(end ? today.plusDays(1) : today);
    }
    String text = value.strip();
    try {
      if (text.contains("T")) {
        return OffsetDateTime.parse(text);
      }
      LocalDate day = LocalDate.parse(text);
      return startOf.apply(end ? day.plusDays(1) : day);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          "checkout.audit-time-invalid",
          name
              + " is a business day like 2026-11-30 or a moment like 2026-11-30T20:00:00-03:00,"
              + " not "
              + value,
          name,
          value);
    }
  }

  /**
   * A whole number from a query; {@code otherwise} when absent; else refused with the code, the
   * message and the values it names.
   */
  static Long whole(
      String value, String code, String message, Long otherwise, java.io.Serializable... named) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidRequestException(code, message, named);
    }
  }
}
