package com.angelskitchen.ordering.entity;

/** A guest's change to an item: leave a base ingredient out, or add an extra. */
public enum ModifierKind {
  /** "sin cebolla": shown in red with "-". */
  REMOVE,
  /** "extra queso": shown in blue with "+", charged. */
  ADD
}
