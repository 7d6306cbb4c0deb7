package com.angelskitchen.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.platform.InvalidRequestException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void aPeriodIsOneOrMoreDaysUpToTwoYears() {
    LocalDate day = LocalDate.of(2026, 11, 30);
    assertThat(Period.day(day).days()).isEqualTo(1);
    assertThat(new Period(day.minusDays(364), day).days()).isEqualTo(365);
    assertThatThrownBy(() -> new Period(day, day.minusDays(1)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("ends on or after");
    assertThatThrownBy(() -> new Period(day.minusDays(800), day))
        .hasMessageContaining("at most 731 days");
    assertThatThrownBy(() -> new Period(null, day)).hasMessageContaining("first and last");
  }
}
