package com.angelskitchen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatenciesTest {

  final Latencies cut = new Latencies();

  @Test
  void theReportLineGivesThePercentilesInMilliseconds() {
    for (int i = 0; i < 99; i++) {
      cut.record(1000);
    }
    cut.record(2000);

    assertThat(cut.count()).isEqualTo(100);
    assertThat(cut.percentiles())
        .isEqualTo(
            String.format(
                "p50 %.2f   p90 %.2f   p99 %.2f   p99.9 %.2f   max %.2f", 1.0, 1.0, 1.0, 2.0, 2.0));
  }

  @Test
  void aTimeIsRecordedInMicrosecondsAndANegativeOneAsZero() {
    cut.recordBetween(0, TimeUnit.MICROSECONDS.toNanos(1500));
    cut.record(-3);

    assertThat(cut.count()).isEqualTo(2);
    assertThat(cut.percentiles())
        .startsWith(String.format("p50 %.2f", 0.0))
        .endsWith(String.format("max %.2f", 1.5));
  }
}
