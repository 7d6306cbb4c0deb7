package com.angelskitchen.partners.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class GroupCommitTest {

  /** Every batch the "database" committed, in the order it committed them. */
  final List<List<Integer>> batches = new CopyOnWriteArrayList<>();

  /** Items committed on their own. */
  final List<Integer> singles = new CopyOnWriteArrayList<>();

  final ExecutorService callers = Executors.newCachedThreadPool();

  @AfterEach
  void stopCallers() {
    callers.shutdownNow();
  }

  @Test
  void aCallerAloneCommitsItsOwnItemAtOnce() {
    GroupCommit<Integer, String> cut = new GroupCommit<>(this::batch, this::single, 2, 64);

    assertThat(cut.commit(7)).isEqualTo("#7");
    assertThat(singles).containsExactly(7);
    assertThat(batches).isEmpty();
  }

  @Test
  void callersArrivingDuringACommitShareTheNextTransaction() throws Exception {
    HeldFirstCommit held = new HeldFirstCommit(this::single);
    GroupCommit<Integer, String> cut = new GroupCommit<>(this::batch, held, 1, 64);
    Future<String> first = callers.submit(() -> cut.commit(0));
    held.started.await();
    List<Future<String>> rush = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      int item = i;
      rush.add(callers.submit(() -> cut.commit(item)));
    }
    awaitQueued(cut, 10);

    held.mayFinish.countDown();

    assertThat(first.get()).isEqualTo("#0");
    for (int i = 1; i <= 10; i++) {
      assertThat(rush.get(i - 1).get()).as("caller %d's own answer", i).isEqualTo("#" + i);
    }
    assertThat(batches).hasSize(1);
    assertThat(batches.get(0)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @Test
  void aBatchNeverExceedsItsLimit() throws Exception {
    HeldFirstCommit held = new HeldFirstCommit(this::single);
    GroupCommit<Integer, String> cut = new GroupCommit<>(this::batch, held, 1, 4);
    Future<String> first = callers.submit(() -> cut.commit(0));
    held.started.await();
    List<Future<String>> rush = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      int item = i;
      rush.add(callers.submit(() -> cut.commit(item)));
    }
    awaitQueued(cut, 9);
    held.mayFinish.countDown();

    first.get();
    for (Future<String> answer : rush) {
      answer.get();
    }
    assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(4));
    List<Integer> committed = new ArrayList<>(singles);
    batches.forEach(committed::addAll);
    assertThat(committed).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void whenABatchFailsOnlyTheBadItemFailsItsCaller() throws Exception {
    HeldFirstCommit held =
        new HeldFirstCommit(
            item -> {
              if (item == 13) {
                throw new IllegalArgumentException("item 13 is bad");
              }
              return single(item);
            });
    GroupCommit<Integer, String> cut =
        new GroupCommit<>(
            items -> {
              throw new IllegalStateException("the transaction rolled back");
            },
            held,
            1,
            64);
    Future<String> first = callers.submit(() -> cut.commit(0));
    held.started.await();
    Future<String> good = callers.submit(() -> cut.commit(12));
    Future<String> bad = callers.submit(() -> cut.commit(13));
    Future<String> alsoGood = callers.submit(() -> cut.commit(14));
    awaitQueued(cut, 3);
    held.mayFinish.countDown();

    assertThat(first.get()).isEqualTo("#0");
    assertThat(good.get()).isEqualTo("#12");
    assertThat(alsoGood.get()).isEqualTo("#14");
    assertThatThrownBy(bad::get).hasRootCauseMessage("item 13 is bad");
    assertThat(singles).containsExactlyInAnyOrder(0, 12, 14);
  }

  @Test
  void noMoreThanTheAllowedCommittersWorkAtOnce() throws Exception {
    AtomicInteger inCommit = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    Function<Integer, String> one =
        item -> {
          mostAtOnce.accumulateAndGet(inCommit.incrementAndGet(), Math::max);
          try {
            return single(item);
          } finally {
            inCommit.decrementAndGet();
          }
        };
    GroupCommit<Integer, String> cut =
        new GroupCommit<>(
            items -> {
              mostAtOnce.accumulateAndGet(inCommit.incrementAndGet(), Math::max);
              try {
                return batch(items);
              } finally {
                inCommit.decrementAndGet();
              }
            },
            one,
            2,
            8);
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      int item = i;
      answers.add(callers.submit(() -> cut.commit(item)));
    }
    for (int i = 0; i < answers.size(); i++) {
      assertThat(answers.get(i).get()).isEqualTo("#" + i);
    }
    assertThat(mostAtOnce.get()).isBetween(1, 2);
    List<Integer> committed = new ArrayList<>(singles);
    batches.forEach(committed::addAll);
    assertThat(committed).hasSize(2_000).doesNotHaveDuplicates();
  }

  private List<String> batch(List<Integer> items) {
    batches.add(List.copyOf(items));
    return items.stream().map(i -> "#" + i).toList();
  }

  private String single(Integer item) {
    singles.add(item);
    return "#" + item;
  }

  private static void awaitQueued(GroupCommit<?, ?> cut, int count) {
    while (cut.queuedCount() != count) {
      Thread.onSpinWait();
    }
  }

  /**
   * Commits items on their own; the first one is held in its commit until {@link #mayFinish}, so
   * the test can queue callers behind it.
   */
  private static final class HeldFirstCommit implements Function<Integer, String> {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch mayFinish = new CountDownLatch(1);
    private final AtomicInteger calls = new AtomicInteger();
    private final Function<Integer, String> commit;

    HeldFirstCommit(Function<Integer, String> commit) {
      this.commit = commit;
    }

    @Override
    public String apply(Integer item) {
      if (calls.getAndIncrement() == 0) {
        started.countDown();
        try {
          mayFinish.await();
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(interrupted);
        }
      }
      return commit.apply(item);
    }
  }
}
