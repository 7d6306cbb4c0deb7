package com.angelskitchen.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.reporting.boundary.Period;
import com.angelskitchen.reporting.boundary.Sales;
import com.angelskitchen.web.i18n.Languages;
import com.angelskitchen.web.i18n.Texts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReportTablesTest {

  @Test
  void csvQuotesWhatNeedsQuotingAndDefusesFormulas() {
    ReportTables.Table table =
        new ReportTables.Table(
            "top-items",
            List.of("item", "quantity", "revenue"),
            List.of(
                List.of("Carne, picante", "3", "150.00"),
                List.of("=HYPERLINK(\"http://evil\")", "1", "-2.50"),
                List.of("@cmd", "2", "10")));
    assertThat(ReportTables.csv(table))
        .isEqualTo(
            "item,quantity,revenue\r\n"
                + "\"Carne, picante\",3,150.00\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\")\",1,-2.50\r\n"
                + "'@cmd,2,10\r\n");
  }

  @Test
  void headersSpeakTheReadersLanguageAndFiguresStayPlainDecimals() {
    Sales sales = sales();

    ReportTables.Table english =
        ReportTables.of("by-source", sales, null, null, Texts.in(Languages.ENGLISH));
    ReportTables.Table spanish =
        ReportTables.of("by-source", sales, null, null, Texts.in(Languages.SPANISH));

    assertThat(english.header()).containsExactly("source", "orders", "revenue");
    assertThat(spanish.header()).containsExactly("origen", "pedidos", "facturación");
    assertThat(spanish.rows())
        .as("the same data in every language")
        .isEqualTo(english.rows())
        .containsExactly(List.of("DOORDASH", "1", "1242.00"), List.of("POS", "12", "121.50"));
    assertThat(ReportTables.of("summary", sales, null, null, Texts.in(Languages.ENGLISH)).header())
        .containsExactly(
            "first day", "last day", "orders", "revenue", "average ticket", "cancelled");
  }

  @Test
  void aStoreWritingDecimalsWithACommaGetsSemicolonsAndDecimalCommasAndEveryFileABom() {
    ReportTables.Table table =
        ReportTables.of("by-source", sales(), null, null, Texts.in(Languages.SPANISH));

    assertThat(ReportTables.separator(Locale.forLanguageTag("es-AR"))).isEqualTo(';');
    assertThat(ReportTables.separator(Locale.forLanguageTag("en-US"))).isEqualTo(',');
    assertThat(ReportTables.file(table, Locale.forLanguageTag("es-AR")))
        .isEqualTo(
            "\uFEFForigen;pedidos;facturación\r\n"
                + "DOORDASH;1;1242,00\r\n"
                + "POS;12;121,50\r\n");
    assertThat(ReportTables.file(table, Locale.forLanguageTag("en-US")))
        .startsWith("\uFEFForigen,pedidos,facturación\r\nDOORDASH,1,1242.00\r\n");
  }

  @Test
  void theMoneyTableHasDiscountsTipsRefundsAndRevenueAfterRefunds() {
    ReportTables.Table english =
        ReportTables.of("money", sales(), null, null, Texts.in(Languages.ENGLISH));
    ReportTables.Table spanish =
        ReportTables.of("money", sales(), null, null, Texts.in(Languages.SPANISH));

    assertThat(english.header())
        .containsExactly(
            "first day",
            "last day",
            "revenue",
            "discounts",
            "tips",
            "refunds",
            "revenue after refunds");
    assertThat(spanish.header())
        .containsExactly(
            "primer día",
            "último día",
            "facturación",
            "descuentos",
            "propinas",
            "devoluciones",
            "facturación menos devoluciones");
    assertThat(english.rows())
        .containsExactly(
            List.of(
                "2026-11-30", "2026-11-30", "1363.50", "540.00", "22.00", "1815.00", "-451.50"));
    assertThat(ReportTables.file(english, Locale.forLanguageTag("es-AR")))
        .as("a negative figure is still a number")
        .endsWith("1363,50;540,00;22,00;1815,00;-451,50\r\n");
  }

  @Test
  void aCellWithTheSemicolonIsQuotedToo() {
    ReportTables.Table table =
        new ReportTables.Table("x", List.of("reason"), List.of(List.of("frío; tarde")));
    assertThat(ReportTables.csv(table, ';')).isEqualTo("reason\r\n\"frío; tarde\"\r\n");
  }

  @Test
  void figuresAreNeverInScientificNotation() {
    assertThat(ReportTables.plain(0.0005)).isEqualTo("0.0005");
    assertThat(ReportTables.plain(12.0)).isEqualTo("12.0");
    assertThat(ReportTables.plain(0.3333)).isEqualTo("0.3333");
  }

  private static Sales sales() {
    LocalDate day = LocalDate.of(2026, 11, 30);
    return new Sales(
        Period.day(day),
        13,
        new BigDecimal("1363.50"),
        new BigDecimal("104.88"),
        0,
        List.of(),
        List.of(),
        List.of(
            new Sales.Bucket("DOORDASH", 1, new BigDecimal("1242.00")),
            new Sales.Bucket("POS", 12, new BigDecimal("121.50"))),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        new BigDecimal("540.00"),
        new BigDecimal("22.00"),
        new BigDecimal("1815.00"),
        new BigDecimal("-451.50"));
  }
}
