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
  void paperEndSaysSoAsACode() {
    assertThat(StatusBytes.read(0x12, 0x72).detail()).isEqualTo(PrinterDetail.PAPER_END);
  }

  @Test
  void theOffLineBitWithPaperIsAnError() {
    assertThat(StatusBytes.read(0x1a, 0x12))
        .isEqualTo(new StatusBytes.Reading(PrinterStatus.ERROR, PrinterDetail.OFF_LINE));
  }

  @Test
  void theOffLineCauseSaysWhy() {
    assertThat(StatusBytes.read(0x1a, 0x16, 0x12))
        .isEqualTo(new StatusBytes.Reading(PrinterStatus.ERROR, PrinterDetail.COVER_OPEN));
    assertThat(StatusBytes.read(0x1a, 0x52, 0x12))
        .isEqualTo(new StatusBytes.Reading(PrinterStatus.ERROR, PrinterDetail.ERROR));
    assertThat(StatusBytes.read(0x1a, 0x32, null))
        .isEqualTo(new StatusBytes.Reading(PrinterStatus.PAPER_OUT, PrinterDetail.PAPER_END));
    assertThat(StatusBytes.read(0x1a, 0x12, 0x12))
        .as("off line for no reason it gives")
        .isEqualTo(new StatusBytes.Reading(PrinterStatus.ERROR, PrinterDetail.OFF_LINE));
  }

  @Test
  void aPrinterThatAnswersAllIsWellIsOnline() {
    assertThat(StatusBytes.read(0x12, 0x12))
        .isEqualTo(new StatusBytes.Reading(PrinterStatus.ONLINE, null));
  }

  @Test
  void nearlyOutOfPaperIsStillOnlineButSaysSo() {
    assertThat(StatusBytes.read(0x12, 0x1e))
        .isEqualTo(new StatusBytes.Reading(PrinterStatus.ONLINE, PrinterDetail.PAPER_NEAR_END));
  }

  @Test
  void aPrinterThatSaysNothingIsOnline() {
    assertThat(StatusBytes.read(null, null))
        .isEqualTo(new StatusBytes.Reading(PrinterStatus.ONLINE, PrinterDetail.NO_ANSWER));
  }

  @Test
  void theQueriesAreDleEot1And2And4() {
    assertThat(StatusBytes.ASK_PRINTER).containsExactly(0x10, 0x04, 0x01);
    assertThat(StatusBytes.ASK_OFFLINE_CAUSE).containsExactly(0x10, 0x04, 0x02);
    assertThat(StatusBytes.ASK_PAPER).containsExactly(0x10, 0x04, 0x04);
  }
}
