package com.angelskitchen.support;

import java.lang.reflect.Field;

/** Gives entities the ids the database would, for unit tests that address them by id. */
public final class Ids {

  private Ids() {}

  public static <T> T assign(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
