package com.angelskitchen.partners.entity;

/** What a partner id is mapped to: a menu item, an ingredient to leave out, or an extra. */
public enum MappingKind {
  ITEM,
  REMOVE,
  ADD
}
