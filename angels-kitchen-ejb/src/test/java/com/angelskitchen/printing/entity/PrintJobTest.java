package com.angelskitchen.printing.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PrintJobTest {

  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-08T21:00:00-03:00");

  static PrintJob job(JobKind kind) {
    return new PrintJob("fritura", kind, 1L, 2L, new byte[] {1, 2, 3}, NOW);
  }

  @Test
  void onlyAReprintOrAJobThatMayHaveComeOutAlreadySaysReprint() {
    assertThat(job(JobKind.REPRINT).printsAsReprint()).isTrue();
    PrintJob ticket = job(JobKind.TICKET);
    assertThat(ticket.printsAsReprint()).isFalse();
    ticket.unreachable("ConnectException: Connection refused", NOW);
    assertThat(ticket.printsAsReprint())
        .as("a printer that could not be reached printed nothing")
        .isFalse();
  }

  @Test
  void aJobIsTriedAtOnceThenAfterAWaitThatGrowsUpToHalfAMinute() {
    PrintJob cut = job(JobKind.TICKET);
    assertThat(cut.retryAt()).isEqualTo(NOW);
    cut.unreachable("refused", NOW);
    assertThat(cut.retryAt()).isEqualTo(NOW.plusSeconds(1));
    for (int i = 0; i < 40; i++) {
      cut.unreachable("refused", NOW);
    }
    assertThat(cut.retryAt()).isEqualTo(NOW.plusSeconds(30));
  }

  @Test
  void aJobIsGivenUpAfterFiftyAttempts() {
    PrintJob cut = job(JobKind.RECEIPT);
    for (int i = 1; i < PrintJob.MAX_ATTEMPTS; i++) {
      cut.unreachable("refused", NOW);
    }
    assertThat(cut.status()).isEqualTo(JobStatus.QUEUED);
    cut.unreachable("refused", NOW);
    assertThat(cut.status()).isEqualTo(JobStatus.FAILED);
    assertThat(cut.lastError()).isEqualTo("refused");
  }

  @Test
  void aPrintedJobForgetsItsLastError() {
    PrintJob cut = job(JobKind.DRAWER);
    cut.unreachable("refused", NOW);
    cut.printed(NOW.plusSeconds(2));
    assertThat(cut.status()).isEqualTo(JobStatus.PRINTED);
    assertThat(cut.lastError()).isNull();
    assertThat(cut.printedAt()).isEqualTo(NOW.plusSeconds(2));
  }
}
