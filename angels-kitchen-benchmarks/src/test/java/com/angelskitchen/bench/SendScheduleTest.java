package com.angelskitchen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SendScheduleTest {

  static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

  @Test
  void aRampedScheduleWarmsUpFromATenthOfTheRateThenHoldsTheRate() {
    SendSchedule cut = SendSchedule.ramped(100, 2, 3);

    List<Long> warmup = cut.offsets().subList(0, cut.warmup());
    List<Long> measured = cut.offsets().subList(cut.warmup(), cut.size());
    assertThat(warmup).isSorted().allMatch(t -> t < 2000 * MS);
    assertThat(warmup.get(1) - warmup.get(0)).as("a tenth of the rate").isEqualTo(100 * MS);
    assertThat(cut.warmup()).isBetween(20, 200);
    assertThat(measured).hasSize(300);
    assertThat(measured.get(0)).isEqualTo(2000 * MS);
    assertThat(measured.get(299)).isEqualTo(2000 * MS + 299 * 10 * MS);
  }

  @Test
  void aBurstSendsEverythingAtOnceAndMeasuresIt() {
    SendSchedule cut = SendSchedule.burst(5);

    assertThat(cut.offsets()).containsExactly(0L, 0L, 0L, 0L, 0L);
    assertThat(cut.warmup()).isZero();
  }

  @Test
  void aSteadyScheduleKeepsTheRateFromTheStart() {
    SendSchedule cut = SendSchedule.steady(200, 4, 1);

    assertThat(cut.offsets()).containsExactly(0L, 5 * MS, 10 * MS, 15 * MS);
    assertThat(cut.warmup()).isEqualTo(1);
  }

  @Test
  void playHandsEachMomentOverWhenItIsDueAndALateOneWithTheTimeItWasDue() throws Exception {
    SendSchedule cut = SendSchedule.steady(100, 5, 0);
    List<Long> due = new ArrayList<>();
    List<Long> handed = new ArrayList<>();
    long start = System.nanoTime() + 20 * MS;

    cut.play(
        start,
        () -> false,
        (i, at) -> {
          handed.add(System.nanoTime());
          due.add(at);
          if (i == 1) {
            Thread.sleep(35); // the harness falls behind: moments 2 and 3 are late
          }
        });

    assertThat(due)
        .containsExactly(start, start + 10 * MS, start + 20 * MS, start + 30 * MS, start + 40 * MS);
    for (int i = 0; i < 5; i++) {
      assertThat(handed.get(i)).as("moment %d not early", i).isGreaterThanOrEqualTo(due.get(i));
    }
  }

  @Test
  void playStopsBeforeTheNextMomentOnceTold() throws Exception {
    SendSchedule cut = SendSchedule.steady(10, 50, 0);
    List<Integer> handed = new ArrayList<>();

    cut.play(System.nanoTime(), () -> handed.size() == 3, (i, at) -> handed.add(i));

    assertThat(handed).containsExactly(0, 1, 2);
  }
}
