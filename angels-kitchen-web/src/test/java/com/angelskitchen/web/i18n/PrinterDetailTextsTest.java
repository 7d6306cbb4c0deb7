package com.angelskitchen.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.printing.control.PrinterDetail;
import com.angelskitchen.web.stations.PrintersBacking;
import java.io.IOException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every printer detail code the printing component stores has its text in both languages. */
class PrinterDetailTextsTest {

  @Test
  void everyDetailCodeHasATextInBothLanguages() throws IOException {
    for (String language : List.of("es", "en")) {
      Properties texts = TextsTest.bundle(language);
      assertThat(PrinterDetail.ALL)
          .as(language)
          .allMatch(code -> texts.containsKey("printers.detail." + code));
    }
  }

  @Test
  void aKnownCodeIsTranslatedAndAnythingElseShownAsItIs() {
    assertThat(row(PrinterDetail.PAPER_NEAR_END).detailKey())
        .isEqualTo("printers.detail.paper-near-end");
    assertThat(row("IOException: an old free text").detailKey()).isNull();
    assertThat(row(null).detailKey()).isNull();
  }

  private static PrintersBacking.Row row(String detail) {
    return new PrintersBacking.Row(
        "k", "Kitchen", "10.0.0.9", 9100, false, "ONLINE", detail, null, 0);
  }
}
