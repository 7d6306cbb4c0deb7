package com.angelskitchen.web.kds;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** An executor that runs what it was given only when the test says so, on the test's thread. */
final class ManualExecutor implements Executor {

  private static final int RUNAWAY = 100_000;

  private final Deque<Runnable> queued = new ArrayDeque<>();

  @Override
  public void execute(Runnable task) {
    queued.addLast(task);
  }

  /** The oldest queued task, taken out to be run by the test (on a thread of its choice). */
  Runnable take() {
    return queued.removeFirst();
  }

  int queued() {
    return queued.size();
  }

  /** Runs the queued tasks, and those they queue in turn, until none is left. */
  void runAll() {
    for (int ran = 0; !queued.isEmpty(); ran++) {
      if (ran == RUNAWAY) {
        throw new AssertionError("tasks keep queueing tasks: " + queued.size() + " still queued");
      }
      queued.removeFirst().run();
    }
  }
}
