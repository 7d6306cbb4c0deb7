package com.angelskitchen.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Marks a {@link KitchenSetup} field that gets a menu of the test's own ({@link
 * KitchenSetup#empanadaMenu}), built through the API as the manager before the test's
 * {@code @BeforeEach} methods run. Like JUnit's {@code @TempDir}: an instance field gets a fresh
 * menu for every test, a static field one menu for the whole class, built before its first test
 * (for tests that only read the menu, or whose changes to it are made once).
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EmpanadaMenu.Builder.class)
public @interface EmpanadaMenu {

  /** Fills the marked fields of the test instance (and of its enclosing instances). */
  final class Builder implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
      for (Object test : context.getRequiredTestInstances().getAllInstances()) {
        for (Field field :
            AnnotationSupport.findAnnotatedFields(test.getClass(), EmpanadaMenu.class)) {
          boolean forTheClass = Modifier.isStatic(field.getModifiers());
          Object owner = forTheClass ? null : test;
          field.setAccessible(true);
          if (!forTheClass || field.get(owner) == null) {
            field.set(owner, KitchenSetup.empanadaMenu(new KitchenApi()));
          }
        }
      }
    }
  }
}
