package com.angelskitchen.printing.entity;

/** Where a print job is. */
public enum JobStatus {
  QUEUED,
  PRINTED,
  /** Given up after too many attempts: shown to the manager, never retried. */
  FAILED
}
