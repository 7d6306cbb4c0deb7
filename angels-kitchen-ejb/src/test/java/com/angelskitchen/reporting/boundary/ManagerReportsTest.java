package com.angelskitchen.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ManagerReportsTest {

  ManagerReports cut = new ManagerReports();

  @Test
  void regionsGoToPostgresAsTheyAreAndOffsetsWithTheSignPostgresExpects() {
    cut.clock = Clock.fixed(Instant.EPOCH, ZoneId.of("America/Argentina/Buenos_Aires"));
    assertThat(cut.postgresZone()).isEqualTo("America/Argentina/Buenos_Aires");

    cut.clock = Clock.fixed(Instant.EPOCH, ZoneOffset.ofHours(-3));
    assertThat(cut.postgresZone())
        .as("PostgreSQL reads '+03:00' as three hours west")
        .isEqualTo("+03:00");

    cut.clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
    assertThat(cut.postgresZone()).isEqualTo("+00:00");

    cut.clock = Clock.fixed(Instant.EPOCH, ZoneId.of("UTC"));
    assertThat(cut.postgresZone()).isEqualTo("+00:00");
  }
}
