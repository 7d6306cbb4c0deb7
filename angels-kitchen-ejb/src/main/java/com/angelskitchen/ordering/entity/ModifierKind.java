package com.angelskitchen.ordering.entity;

/** A guest's change to an item: leave a base ingredient out, add an extra, or choose in a group. */
public enum ModifierKind {
  /** "sin cebolla": shown in red with "-". */
  REMOVE,
  /** "extra queso": shown in blue with "+", charged. */
  ADD,
  /** "Salsa: criolla", "Sabores: carne ×4": a choice made in one of the item's groups. */
  CHOICE
}
