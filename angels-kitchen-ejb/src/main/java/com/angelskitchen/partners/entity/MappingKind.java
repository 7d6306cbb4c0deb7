package com.angelskitchen.partners.entity;

/**
 * What a partner id is mapped to: a menu item, an ingredient to leave out, an extra, or a choice.
 */
public enum MappingKind {
  ITEM,
  REMOVE,
  ADD,
  /** A choice in one of the item's groups, mapped as "groupCode:choiceCode". */
  CHOICE
}
