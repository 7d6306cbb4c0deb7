package com.angelskitchen.web.kds;

import static com.angelskitchen.web.kds.Events.menuChanged;
import static com.angelskitchen.web.kds.Events.menuChanges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EventSequencerTest {

  /** The screens, as far as the sequencer sees them: what it prepared and published, in order. */
  private final class Screens extends ConnectedScreens {
    final List<Publication> prepared = new ArrayList<>();
    final List<Publication> published = new ArrayList<>();
    final List<Boolean> preparedUnderTheLock = new ArrayList<>();
    final List<Boolean> publishedUnderTheLock = new ArrayList<>();

    @Override
    public Publication prepare(KitchenEvent event) {
      preparedUnderTheLock.add(Thread.holdsLock(cut));
      Publication publication = super.prepare(event);
      prepared.add(publication);
      return publication;
    }

    @Override
    public void publish(Publication publication) {
      publishedUnderTheLock.add(Thread.holdsLock(cut));
      published.add(publication);
    }

    List<Long> sequences() {
      return published.stream().map(Publication::sequence).toList();
    }
  }

  private final EventSequencer cut = new EventSequencer();
  private final FakeLog log = new FakeLog().lastSequenceIs(40);
  private final Screens screens = new Screens();
  private final FakeTimers timers = new FakeTimers();
  private final FakeClock clock = new FakeClock();

  @BeforeEach
  void start() {
    cut.log = log;
    cut.screens = screens;
    cut.timers = timers;
    cut.nanoTime = clock;
    cut.start();
  }

  private FakeTimers.Chore gapWatch() {
    return timers.every(100, TimeUnit.MILLISECONDS);
  }

  @Test
  void startsFromTheLastSequenceInTheLogAndDropsWhatWasAlreadyReleased() {
    assertThat(cut.released()).isEqualTo(40);

    cut.accept(List.of(menuChanged(39), menuChanged(40)));
    cut.accept(List.of(menuChanged(41)));

    assertThat(screens.sequences()).containsExactly(41L);
    assertThat(cut.released()).isEqualTo(41);
  }

  @Test
  void releasesTheNextEventAtOnce() {
    cut.accept(List.of(menuChanged(41)));
    cut.accept(List.of(menuChanged(42)));

    assertThat(screens.sequences()).containsExactly(41L, 42L);
    assertThat(cut.released()).isEqualTo(42);
  }

  @Test
  void holdsAnEventBackUntilTheOneBeforeItArrives() {
    cut.accept(List.of(menuChanged(43)));
    cut.accept(List.of(menuChanged(42)));

    assertThat(screens.published).isEmpty();
    assertThat(cut.released()).isEqualTo(40);

    cut.accept(List.of(menuChanged(41)));

    assertThat(screens.sequences()).containsExactly(41L, 42L, 43L);
    assertThat(cut.released()).isEqualTo(43);
  }

  @Test
  void putsABatchInAnyOrderInSequenceOrder() {
    cut.accept(List.of(menuChanged(44), menuChanged(42), menuChanged(41), menuChanged(43)));

    assertThat(screens.sequences()).containsExactly(41L, 42L, 43L, 44L);
  }

  @Test
  void publishesAnEventThatArrivesTwiceOnce() {
    cut.accept(List.of(menuChanged(42)));
    cut.accept(List.of(menuChanged(42)));
    cut.accept(List.of(menuChanged(41)));
    cut.accept(List.of(menuChanged(41), menuChanged(42)));
    cut.accept(List.of(menuChanged(43)));

    assertThat(screens.sequences()).containsExactly(41L, 42L, 43L);
  }

  @Test
  void committedEventsArePreparedOnTheCommittingThreadOutsideTheLockAndPublishedInOrderUnderIt() {
    cut.committed(menuChanged(42));
    cut.committed(menuChanged(41));

    assertThat(screens.sequences()).containsExactly(41L, 42L);
    // The messages built before queueing for the lock are the ones handed to the screens.
    assertThat(screens.published.get(0)).isSameAs(screens.prepared.get(1));
    assertThat(screens.published.get(1)).isSameAs(screens.prepared.get(0));
    assertThat(screens.preparedUnderTheLock).containsOnly(false);
    assertThat(screens.publishedUnderTheLock).containsOnly(true);
  }

  @Test
  void runsAnActionAtTheReleasedSequenceWhileNoEventCanBeReleased() {
    cut.accept(List.of(menuChanged(41)));
    boolean[] heldTheLock = new boolean[1];

    long sequence = cut.atReleased(() -> heldTheLock[0] = Thread.holdsLock(cut));

    assertThat(sequence).isEqualTo(41);
    assertThat(heldTheLock[0]).isTrue();
  }

  @Test
  void watchesForGapsEveryTenthOfASecondUntilStopped() {
    assertThat(gapWatch().cancelled).isFalse();

    cut.stop();

    assertThat(gapWatch().cancelled).isTrue();
  }

  @Test
  void waitsAQuarterOfASecondForAMissingEventBeforeReadingItFromTheLog() {
    log.write(menuChanged(41));
    cut.accept(List.of(menuChanged(42)));

    clock.advanceMillis(249);
    gapWatch().run();

    assertThat(log.reads).isEmpty();
    assertThat(screens.published).isEmpty();

    clock.advanceMillis(1);
    gapWatch().run();

    assertThat(log.reads).containsExactly(new FakeLog.Read(40, 1));
    assertThat(screens.sequences()).containsExactly(41L, 42L);
  }

  @Test
  void readsTheWholeGapAtOnce() {
    log.write(menuChanged(41), menuChanged(42), menuChanged(43), menuChanged(44));
    cut.accept(List.of(menuChanged(45), menuChanged(47)));

    clock.advanceMillis(250);
    gapWatch().run();

    assertThat(log.reads).containsExactly(new FakeLog.Read(40, 4));
    assertThat(screens.sequences()).containsExactly(41L, 42L, 43L, 44L, 45L);
  }

  @Test
  void readsAtMostAThousandEventsOfAGapAtOnce() {
    cut.accept(List.of(menuChanged(5_000)));

    clock.advanceMillis(250);
    gapWatch().run();

    assertThat(log.reads).containsExactly(new FakeLog.Read(40, 1_000));
  }

  @Test
  void countsThePatienceFromWhenTheMissingEventBecameTheNextOne() {
    cut.accept(List.of(menuChanged(42), menuChanged(44)));
    clock.advanceMillis(200);
    cut.accept(List.of(menuChanged(41))); // releases 41 and 42; now 43 is the one missing

    clock.advanceMillis(200);
    gapWatch().run();

    assertThat(log.reads).as("43 has been missing for 200 ms only").isEmpty();

    log.write(menuChanged(43));
    clock.advanceMillis(50);
    gapWatch().run();

    assertThat(log.reads).containsExactly(new FakeLog.Read(42, 1));
    assertThat(screens.sequences()).containsExactly(41L, 42L, 43L, 44L);
  }

  @Test
  void neverReadsTheLogWhenNothingIsWaiting() {
    cut.accept(List.of(menuChanged(41)));

    clock.advanceMillis(60_000);
    gapWatch().run();

    assertThat(log.reads).isEmpty();
  }

  @Test
  void retriesAGapTheLogCouldNotFillOnTheNextWatch() {
    cut.accept(List.of(menuChanged(42)));
    clock.advanceMillis(250);
    log.failNextReadWith = new IllegalStateException("database away");

    assertThatCode(() -> gapWatch().run())
        .as("a chore that throws is never run again by a scheduled executor")
        .doesNotThrowAnyException();
    assertThat(screens.published).isEmpty();

    gapWatch().run(); // the log has no 41 yet: nothing to release
    log.write(menuChanged(41));
    gapWatch().run();

    assertThat(log.reads).hasSize(3).allMatch(read -> read.equals(new FakeLog.Read(40, 1)));
    assertThat(screens.sequences()).containsExactly(41L, 42L);
  }

  @Test
  void readsWhatAnotherServerCommittedWhenItsBellRings() {
    log.write(menuChanges(41, 43).toArray(KitchenEvent[]::new));

    cut.heard(43);

    assertThat(log.reads).containsExactly(new FakeLog.Read(40, 3));
    assertThat(screens.sequences()).containsExactly(41L, 42L, 43L);
    assertThat(cut.released()).isEqualTo(43);
  }

  @Test
  void ignoresABellForWhatWasReleasedAlready() {
    cut.accept(List.of(menuChanged(41)));

    cut.heard(41);
    cut.heard(12);

    assertThat(log.reads).isEmpty();
  }

  @Test
  void readsALongBellInPagesOfAThousand() {
    log.write(menuChanges(41, 2_540).toArray(KitchenEvent[]::new));

    cut.heard(2_540);

    assertThat(log.reads)
        .containsExactly(
            new FakeLog.Read(40, 1_000),
            new FakeLog.Read(1_040, 1_000),
            new FakeLog.Read(2_040, 500));
    assertThat(screens.sequences()).hasSize(2_500).isSorted().endsWith(2_540L);
  }

  @Test
  @Timeout(10)
  void givesUpABellWhoseEventsAreNotInTheLogYetAndLeavesThemToTheGapWatch() {
    log.write(menuChanged(41));

    cut.heard(43);

    assertThat(log.reads).containsExactly(new FakeLog.Read(40, 3), new FakeLog.Read(41, 2));
    assertThat(screens.sequences()).containsExactly(41L);
  }
}
