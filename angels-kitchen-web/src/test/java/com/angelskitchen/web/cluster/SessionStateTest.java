package com.angelskitchen.web.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.web.checkout.AuditBacking;
import com.angelskitchen.web.checkout.DiscountBacking;
import com.angelskitchen.web.checkout.DrawerBacking;
import com.angelskitchen.web.checkout.HandedOutVoidBacking;
import com.angelskitchen.web.checkout.RefundBacking;
import com.angelskitchen.web.checkout.SplitBacking;
import com.angelskitchen.web.menu.MenuGroupsBacking;
import com.angelskitchen.web.menu.MenuItemsBacking;
import com.angelskitchen.web.menu.MenuPartsBacking;
import com.angelskitchen.web.partners.PartnersBacking;
import com.angelskitchen.web.pos.OrderChangeBacking;
import com.angelskitchen.web.pos.PosBacking;
import com.angelskitchen.web.pos.TenderBacking;
import com.angelskitchen.web.pos.TodaysOrdersBacking;
import com.angelskitchen.web.reports.DashboardBacking;
import com.angelskitchen.web.reports.DayBacking;
import com.angelskitchen.web.staff.StaffBacking;
import com.angelskitchen.web.stations.PrintersBacking;
import com.angelskitchen.web.stations.RoutingBacking;
import com.angelskitchen.web.stations.StationsBacking;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a session holds must travel to another server of a cluster (Payara replicates it through its
 * data grid): every view-scoped bean and what it keeps, field by field, down to the element types
 * of its collections. A field that cannot travel must be transient; one that must not travel (a
 * password being typed) is transient on purpose.
 */
class SessionStateTest {

  static final List<Class<?>> IN_THE_SESSION =
      List.of(
          signedIn(),
          PosBacking.class,
          TenderBacking.class,
          DiscountBacking.class,
          SplitBacking.class,
          RefundBacking.class,
          DrawerBacking.class,
          TodaysOrdersBacking.class,
          OrderChangeBacking.class,
          HandedOutVoidBacking.class,
          StaffBacking.class,
          StationsBacking.class,
          PrintersBacking.class,
          MenuItemsBacking.class,
          MenuGroupsBacking.class,
          MenuPartsBacking.class,
          RoutingBacking.class,
          PartnersBacking.class,
          DashboardBacking.class,
          AuditBacking.class,
          DayBacking.class);

  @Test
  void everyViewScopedBeanIsListedHere() throws Exception {
    Path sources = Path.of("src/main/java");
    List<String> viewScoped;
    try (Stream<Path> files = Files.walk(sources)) {
      viewScoped =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> read(f).contains("@" + ViewScoped.class.getSimpleName()))
              .map(f -> sources.relativize(f).toString().replace('/', '.').replace(".java", ""))
              .toList();
    }
    assertThat(IN_THE_SESSION.stream().map(Class::getName)).containsAll(viewScoped);
  }

  @Test
  void whatTheSessionHoldsCanMoveToAnotherServer() {
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : IN_THE_SESSION) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getSimpleName() + " is not Serializable");
      }
      for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          int modifiers = field.getModifiers();
          boolean injected =
              Stream.of(field.getAnnotations())
                  .anyMatch(
                      a ->
                          a.annotationType().getName().equals("jakarta.inject.Inject")
                              || a.annotationType().getName().equals("jakarta.ejb.EJB"));
          if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || injected) {
            continue; // injected proxies are serializable by the container
          }
          check(bean.getSimpleName() + "." + field.getName(), field.getGenericType(), problems);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void aPasswordBeingTypedIsNotReplicated() throws Exception {
    assertThat(Modifier.isTransient(StaffBacking.class.getDeclaredField("password").getModifiers()))
        .isTrue();
    assertThat(
            Modifier.isTransient(
                StaffBacking.class.getDeclaredField("resetPassword").getModifiers()))
        .isTrue();
  }

  private static final java.util.Set<Class<?>> VISITED = new java.util.HashSet<>();

  private static void check(String where, Type type, List<String> problems) {
    if (type instanceof ParameterizedType parameterized) {
      check(where, parameterized.getRawType(), problems);
      for (Type argument : parameterized.getActualTypeArguments()) {
        check(where + "<>", argument, problems);
      }
    } else if (type instanceof Class<?> c) {
      boolean fine =
          c.isPrimitive()
              || c.isEnum()
              || Serializable.class.isAssignableFrom(c)
              || c.isInterface() && c.getName().startsWith("java.util.");
      if (!fine) {
        problems.add(where + " is a " + c.getName() + ", which is not Serializable");
      } else if (c.getName().startsWith("com.angelskitchen.") && !c.isEnum() && VISITED.add(c)) {
        for (Field field : c.getDeclaredFields()) {
          if (!Modifier.isStatic(field.getModifiers())
              && !Modifier.isTransient(field.getModifiers())) {
            check(where + "." + field.getName(), field.getGenericType(), problems);
          }
        }
      }
    }
  }

  private static Class<?> signedIn() {
    try {
      return Class.forName("com.angelskitchen.web.security.SignedIn");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
