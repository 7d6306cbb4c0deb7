package com.angelskitchen.printing.entity;

/** Where a print job is. */
public enum JobStatus {
  QUEUED,
  PRINTED,
  /** Given up after too many attempts: shown to the manager, never retried. */
  FAILED,
  /**
   * Not printed, on purpose: its ticket left the station (moved elsewhere, where it prints anew) or
   * its order was cancelled before the slip came out.
   */
  SKIPPED
}
