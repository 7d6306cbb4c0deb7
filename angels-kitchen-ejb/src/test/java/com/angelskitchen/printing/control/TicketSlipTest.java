package com.angelskitchen.printing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketSlipTest {

  static final ZoneId BUENOS_AIRES = ZoneId.of("America/Argentina/Buenos_Aires");

  static TicketSlip.Ticket ticket(List<TicketSlip.Line> lines) {
    return new TicketSlip.Ticket(
        "Fritura",
        "012",
        "UBER_EATS",
        "DELIVERY",
        "Ana Muñoz",
        OffsetDateTime.parse("2026-12-08T00:05:00Z"),
        0,
        false,
        "huevo",
        "tocar timbre",
        lines);
  }

  static final TicketSlip.Line CARNE =
      new TicketSlip.Line(
          2,
          "Carne",
          null,
          List.of("Salsa: Criolla"),
          List.of("cebolla"),
          List.of("queso"),
          "bien cocida",
          false);

  byte[] cut = TicketSlip.render(ticket(List.of(CARNE)), SlipWords.SPANISH, BUENOS_AIRES);

  @Test
  void aTicketStartsAPrinterAfreshInPc850AndEndsWithAPartialCut() {
    assertThat(hex(cut)).startsWith("1b401b7402");
    assertThat(hex(cut)).endsWith("1b64041d564200");
  }

  @Test
  void removalsAndExtrasAreToldApartBySignAndWordNotByColour() {
    String text = text(cut);
    assertThat(text)
        .contains("2x CARNE\n")
        .contains("  > Salsa: Criolla\n")
        .contains("  - SIN cebolla\n")
        .contains("  + CON queso\n")
        .contains("  Nota: bien cocida\n")
        .contains("Nota: tocar timbre\n");
    assertThat(text.indexOf("2x CARNE")).isLessThan(text.indexOf("- SIN cebolla"));
  }

  @Test
  void theHeaderSaysStationOrderSourceFulfillmentCustomerAndFiredTimeInTheStoresZone() {
    assertThat(text(cut))
        .contains("FRITURA\n")
        .contains("#012\n")
        .contains("Uber Eats - Delivery\n")
        .contains("Ana Muñoz\n")
        .contains("Entró 21:05\n");
  }

  @Test
  void accentsAreWrittenInCodePage850() {
    // ñ is 0xA4 and ó is 0xA2 in PC850, not their UTF-8 or Latin-1 bytes.
    assertThat(hex(cut)).contains(hex("Mu".getBytes()) + "a4" + hex("oz".getBytes()));
    assertThat(hex(cut)).contains(hex("Entr".getBytes()) + "a2");
    assertThat(hex(cut)).doesNotContain("c3b1"); // UTF-8 ñ
  }

  @Test
  void theAllergyIsPrintedWhiteOnBlack() {
    String hex = hex(cut);
    int reverseOn = hex.indexOf("1d4201");
    int allergy = hex.indexOf(hex(" ALERGIA: huevo ".getBytes(StandardCharsets.US_ASCII)));
    assertThat(reverseOn).isNotNegative().isLessThan(allergy);
  }

  @Test
  void aVoidedLineIsLeftOffAndABundlesFlavourNamesItsBundle() {
    byte[] printed =
        TicketSlip.render(
            ticket(
                List.of(
                    new TicketSlip.Line(
                        1, "Humita", "Docena", List.of(), List.of(), List.of(), null, false),
                    new TicketSlip.Line(
                        3, "Pollo", null, List.of(), List.of(), List.of(), null, true))),
            SlipWords.SPANISH,
            BUENOS_AIRES);
    assertThat(text(printed)).contains("1x HUMITA\n  [DOCENA]\n").doesNotContain("POLLO");
  }

  @Test
  void anEnglishStoreGetsEnglishWords() {
    byte[] printed = TicketSlip.render(ticket(List.of(CARNE)), SlipWords.ENGLISH, ZoneId.of("UTC"));
    assertThat(text(printed))
        .contains("  - NO cebolla\n")
        .contains("  + ADD queso\n")
        .contains(" ALLERGY: huevo ")
        .contains("Fired 00:05\n");
  }

  @Test
  void theReprintBannerGoesOnTopAndTheSlipsOwnInitialisationEndsIt() {
    ByteArrayOutputStream sent = new ByteArrayOutputStream();
    sent.writeBytes(TicketSlip.reprintBanner());
    sent.writeBytes(cut);
    String text = text(sent.toByteArray());
    assertThat(text).startsWith("REIMPRESIÓN / REPRINT\n");
    assertThat(hex(TicketSlip.reprintBanner())).startsWith("1b401b7402").contains("1d2111");
  }

  @Test
  void theStoreLanguagePicksTheWords() {
    assertThat(SlipWords.of("es-AR")).isEqualTo(SlipWords.SPANISH);
    assertThat(SlipWords.of("es")).isEqualTo(SlipWords.SPANISH);
    assertThat(SlipWords.of("en-US")).isEqualTo(SlipWords.ENGLISH);
    assertThat(SlipWords.of(null)).isEqualTo(SlipWords.ENGLISH);
  }

  /** The printable text of ESC/POS bytes: commands dropped, PC850 decoded, line feeds kept. */
  static String text(byte[] escPos) {
    ByteArrayOutputStream printable = new ByteArrayOutputStream();
    for (int i = 0; i < escPos.length; i++) {
      int b = escPos[i] & 0xff;
      if (b == 0x1b || b == 0x1d) {
        int command = escPos[++i] & 0xff;
        i += arguments(b, command, i + 1 < escPos.length ? escPos[i + 1] & 0xff : 0);
      } else if (b == 0x0a || b >= 0x20) {
        printable.write(b);
      }
    }
    return printable.toString(EscPos.PC850);
  }

  private static int arguments(int prefix, int command, int next) {
    if (prefix == 0x1b) {
      return switch (command) {
        case '@' -> 0;
        case 'p' -> 3;
        default -> 1;
      };
    }
    return command == 'V' && (next == 65 || next == 66) ? 2 : 1;
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
