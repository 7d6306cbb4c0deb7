package com.angelskitchen.partners.intake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit, as databases do it for their log: callers that arrive while a commit is under way
 * queue up, and the next free caller commits everything queued in one transaction on behalf of all
 * of them. Nobody waits for a timer: alone, a caller commits its own item at once; in a rush, one
 * transaction carries dozens, so the fixed price of a transaction (the commit, the disk flush) is
 * paid once per batch instead of once per webhook. Every caller still returns only after its own
 * item is committed.
 *
 * <p>At most {@code committers} batches are committed at once, so one batch fills while another
 * commits. If a batch fails, its items are committed one by one, so one bad item fails only its own
 * caller.
 *
 * @param <T> what a caller hands in
 * @param <R> what the commit answers for it (never null)
 */
final class GroupCommit<T, R> {

  private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

  /** Commits a batch in one transaction; answers one result per item, in the batch's order. */
  private final Function<List<T>, List<R>> commitBatch;

  /** Commits one item in a transaction of its own: the fallback when a batch failed. */
  private final Function<T, R> commitOne;

  private final int committers;
  private final int maxBatch;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition settled = lock.newCondition();
  private final ArrayDeque<Pending<T, R>> queued = new ArrayDeque<>();
  private int committing;

  GroupCommit(
      Function<List<T>, List<R>> commitBatch,
      Function<T, R> commitOne,
      int committers,
      int maxBatch) {
    if (committers < 1 || maxBatch < 1) {
      throw new IllegalArgumentException("committers and maxBatch must be at least 1");
    }
    this.commitBatch = commitBatch;
    this.commitOne = commitOne;
    this.committers = committers;
    this.maxBatch = maxBatch;
  }

  /**
   * Commits {@code item}, alone or with others, and answers its result once it is committed.
   *
   * @throws RuntimeException what committing this item on its own threw
   */
  R commit(T item) {
    Pending<T, R> mine = new Pending<>(item);
    lock.lock();
    try {
      queued.add(mine);
    } finally {
      lock.unlock();
    }
    while (true) {
      List<Pending<T, R>> batch = awaitTurnOrResult(mine);
      if (batch == null) {
        return mine.result();
      }
      try {
        commitAll(batch);
      } finally {
        lock.lock();
        try {
          committing--;
          settled.signalAll();
        } finally {
          lock.unlock();
        }
      }
    }
  }

  /** For tests: callers queued and not yet taken into a batch. */
  int queuedCount() {
    lock.lock();
    try {
      return queued.size();
    } finally {
      lock.unlock();
    }
  }

  /** Null once {@code mine} is settled; otherwise the batch this caller is now to commit. */
  private List<Pending<T, R>> awaitTurnOrResult(Pending<T, R> mine) {
    lock.lock();
    try {
      while (!mine.settled) {
        if (committing < committers && !queued.isEmpty()) {
          committing++;
          List<Pending<T, R>> batch = new ArrayList<>(Math.min(queued.size(), maxBatch));
          while (batch.size() < maxBatch && !queued.isEmpty()) {
            batch.add(queued.poll());
          }
          return batch;
        }
        settled.awaitUninterruptibly();
      }
      return null;
    } finally {
      lock.unlock();
    }
  }

  private void commitAll(List<Pending<T, R>> batch) {
    try {
      List<R> results = batch.size() > 1 ? inOneTransaction(batch) : null;
      for (int i = 0; i < batch.size(); i++) {
        Pending<T, R> pending = batch.get(i);
        if (results != null) {
          pending.result = results.get(i);
        } else {
          try {
            pending.result = commitOne.apply(pending.item);
          } catch (RuntimeException failure) {
            pending.failure = failure;
          }
        }
      }
    } finally {
      lock.lock();
      try {
        for (Pending<T, R> pending : batch) {
          if (pending.result == null && pending.failure == null) {
            pending.failure = new IllegalStateException("the commit ended without an answer");
          }
          pending.settled = true;
        }
      } finally {
        lock.unlock();
      }
    }
  }

  /** The batch's results, or null when the batch failed and its items must go one by one. */
  private List<R> inOneTransaction(List<Pending<T, R>> batch) {
    try {
      return commitBatch.apply(batch.stream().map(p -> p.item).toList());
    } catch (RuntimeException failed) {
      LOG.log(
          Level.WARNING,
          "A batch of " + batch.size() + " failed; committing its items one by one",
          failed);
      return null;
    }
  }

  /** One caller's item and, once settled, its outcome (written before, read after the lock). */
  private static final class Pending<T, R> {
    final T item;
    R result;
    RuntimeException failure;
    boolean settled;

    Pending(T item) {
      this.item = item;
    }

    R result() {
      if (failure != null) {
        throw failure;
      }
      return result;
    }
  }
}
