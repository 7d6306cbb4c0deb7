package com.angelskitchen.printing.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.printing.entity.PrinterStatus;
import org.junit.jupiter.api.Test;

class StatusBytesTest {

  @Test
  void paperEndBitsMeanOutOfPaper() {
    assertThat(StatusBytes.read(0x12, 0x72).status()).isEqualTo(PrinterStatus.PAPER_OUT);
    assertThat(StatusBytes.read(0x1a, 0x32).status()).isEqualTo(PrinterStatus.PAPER_OUT);
  }

  @Test
  void theOffLineBitWithPaperIsAnError() {
    assertThat(StatusBytes.read(0x1a, 0x12).status()).isEqualTo(PrinterStatus.ERROR);
  }

  @Test
  void aPrinterThatAnswersAllIsWellIsOnline() {
    assertThat(StatusBytes.read(0x12, 0x12))
        .isEqualTo(new StatusBytes.Reading(PrinterStatus.ONLINE, null));
  }

  @Test
  void nearlyOutOfPaperIsStillOnlineButSaysSo() {
    assertThat(StatusBytes.read(0x12, 0x1e))
        .isEqualTo(new StatusBytes.Reading(PrinterStatus.ONLINE, "paper near end"));
  }

  @Test
  void aPrinterThatSaysNothingIsOnline() {
    assertThat(StatusBytes.read(null, null).status()).isEqualTo(PrinterStatus.ONLINE);
  }

  @Test
  void theQueriesAreDleEot1And4() {
    assertThat(StatusBytes.ASK_PRINTER).containsExactly(0x10, 0x04, 0x01);
    assertThat(StatusBytes.ASK_PAPER).containsExactly(0x10, 0x04, 0x04);
  }
}
