package com.angelskitchen.partners.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

  final Backoff cut = new Backoff(Duration.ofSeconds(2), 8);

  @Test
  void waitsDoubleAfterEachFailedAttempt() {
    assertThat(cut.after(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(cut.after(2)).isEqualTo(Duration.ofSeconds(4));
    assertThat(cut.after(3)).isEqualTo(Duration.ofSeconds(8));
    assertThat(cut.after(7)).isEqualTo(Duration.ofSeconds(128));
  }

  @Test
  void theLastAttemptFallsInsideUberEatsAcceptanceWindow() {
    Duration untilLast =
        IntStream.range(1, cut.maxAttempts())
            .mapToObj(cut::after)
            .reduce(Duration.ZERO, Duration::plus);

    assertThat(untilLast).isEqualTo(Duration.ofSeconds(254));
    assertThat(untilLast).isLessThan(Duration.ofSeconds(690));
  }

  @Test
  void theWaitStopsGrowingInsteadOfOverflowing() {
    assertThat(cut.after(100)).isEqualTo(cut.after(21)).isEqualTo(Duration.ofSeconds(2L << 20));
  }

  @Test
  void allowsAnotherAttemptUntilTheLast() {
    assertThat(cut.allowsAnotherAfter(1)).isTrue();
    assertThat(cut.allowsAnotherAfter(7)).isTrue();
    assertThat(cut.allowsAnotherAfter(8)).isFalse();
    assertThat(new Backoff(Duration.ofSeconds(2), 1).allowsAnotherAfter(1)).isFalse();
  }

  @Test
  void refusesANonPositiveBaseAndZeroAttempts() {
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the backoff base must be positive");
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(-2), 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the backoff base must be positive");
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at least one attempt");
  }
}
