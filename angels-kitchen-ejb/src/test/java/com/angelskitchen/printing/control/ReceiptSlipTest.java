package com.angelskitchen.printing.control;

import static com.angelskitchen.printing.control.TicketSlipTest.hex;
import static com.angelskitchen.printing.control.TicketSlipTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptSlipTest {

  static final SlipFormat ARGENTINA =
      SlipFormat.of("es-AR", "ARS", ZoneId.of("America/Argentina/Buenos_Aires"));

  static ReceiptSlip.Receipt receipt(boolean taxIncluded, String paidWith) {
    return new ReceiptSlip.Receipt(
        "Angel's Kitchen",
        "007",
        OffsetDateTime.parse("2026-12-08T00:05:00Z"),
        "TAKEOUT",
        "Ana",
        false,
        List.of(
            new ReceiptSlip.Line(
                2,
                "Empanada de carne",
                new BigDecimal("1800.00"),
                List.of(
                    new ReceiptSlip.Part("> Salsa: Criolla", BigDecimal.ZERO),
                    new ReceiptSlip.Part("- Cebolla", null),
                    new ReceiptSlip.Part("+ Queso", new BigDecimal("200.00"))),
                "bien cocida")),
        new BigDecimal("1800.00"),
        BigDecimal.ZERO,
        "",
        new BigDecimal("0.21"),
        taxIncluded,
        new BigDecimal("312.40"),
        new BigDecimal("1800.00"),
        paidWith,
        new BigDecimal("2000.00"),
        BigDecimal.ZERO,
        new BigDecimal("200.00"));
  }

  @Test
  void amountsAreWrittenTheStoresWayFromTheOrdersOwnFigures() {
    String text = text(ReceiptSlip.render(receipt(true, "CASH"), SlipWords.SPANISH, ARGENTINA));
    assertThat(text)
        .contains("Pedido 007")
        .containsPattern("2x Empanada de carne +\\$ 1\\.800,00\n")
        .containsPattern("TOTAL +\\$ 1\\.800,00\n")
        .containsPattern("IVA contenido 21 ?% +\\$ 312,40\n")
        .containsPattern("Pagado en efectivo +\\$ 2\\.000,00\n")
        .containsPattern("Vuelto +\\$ 200,00\n")
        .containsPattern("  \\+ Queso +\\$ 200,00\n")
        .contains("  > Salsa: Criolla\n")
        .contains("  - Cebolla\n")
        .doesNotContain("Subtotal");
  }

  @Test
  void taxOnTopShowsTheSubtotalAndTheTaxLine() {
    String text = text(ReceiptSlip.render(receipt(false, null), SlipWords.ENGLISH, ARGENTINA));
    assertThat(text).contains("Subtotal").contains("Tax 21").contains("Not paid yet");
  }

  @Test
  void everyLineFitsThePaper() {
    String text = text(ReceiptSlip.render(receipt(true, "CARD"), SlipWords.SPANISH, ARGENTINA));
    assertThat(text.lines()).allMatch(line -> line.length() <= 2 * EscPos.WIDTH);
    assertThat(text.lines().filter(line -> line.contains("$")))
        .allMatch(line -> line.length() <= EscPos.WIDTH);
  }

  @Test
  void theDrawerIsKickedOnPinTwo() {
    assertThat(hex(ReceiptSlip.drawerKick())).isEqualTo("1b700019fa");
  }
}
