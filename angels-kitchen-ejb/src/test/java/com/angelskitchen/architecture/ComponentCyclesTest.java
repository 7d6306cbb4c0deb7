package com.angelskitchen.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Components depend downward, never in a circle. Read from the sources, every reference from one
 * component (a top-level package) to another, by an import or a qualified name in code, is an edge;
 * the graph must have no cycle. The core is checked, and so is the web module (one package per
 * component there too), whose sources sit beside this module's in the repository. The shared pieces
 * at the bottom of the core depend on nothing above them. (That the core never imports the web or
 * partner modules, Maven already ensures: it does not see them.)
 */
class ComponentCyclesTest {

  static final Components CORE = Components.read(Path.of("src/main/java"), "com.angelskitchen");

  static final Components WEB =
      Components.read(Path.of("../angels-kitchen-web/src/main/java"), "com.angelskitchen.web");

  @Test
  void theSourcesWereRead() {
    assertThat(CORE.uses()).containsKeys("kitchenlog", "menu", "ordering", "stations", "platform");
    assertThat(CORE.uses().get("stations")).containsKeys("ordering", "menu", "kitchenlog");
    assertThat(WEB.uses()).containsKeys("kds", "pos", "menu", "partners", "security");
    assertThat(WEB.uses().get("menu")).containsKeys("security");
  }

  @Test
  void noComponentOfTheCoreDependsOnOneThatDependsOnIt() {
    assertThat(CORE.cycles()).as("core components that depend on each other").isEmpty();
  }

  @Test
  void noComponentOfTheWebModuleDependsOnOneThatDependsOnIt() {
    assertThat(WEB.cycles()).as("web components that depend on each other").isEmpty();
  }

  @Test
  void theSharedPiecesAtTheBottomDependOnNothingAbove() {
    Set<String> bottom = Set.of("platform", "money", "kitchenlog");
    bottom.forEach(
        component ->
            assertThat(CORE.uses().getOrDefault(component, Map.of()).keySet())
                .as(component + " uses")
                .isSubsetOf(bottom));
    assertThat(CORE.uses().getOrDefault("platform", Map.of())).as("platform uses").isEmpty();
  }

  @Test
  void aCycleIsFoundAndNamed() {
    Components made =
        new Components(
            Map.of(
                "menu", Map.of("stations", "menu/A.java"),
                "stations", Map.of("ordering", "stations/B.java"),
                "ordering", Map.of("menu", "ordering/C.java", "platform", "ordering/D.java"),
                "platform", Map.of()));
    assertThat(made.cycles())
        .singleElement()
        .asString()
        .startsWith("menu ⇄ ordering ⇄ stations")
        .contains("menu → stations (menu/A.java)")
        .doesNotContain("platform");
  }

  /**
   * The components under one package and what each uses: component → component used → a file that
   * uses it (for the failure message).
   */
  record Components(Map<String, Map<String, String>> uses) {

    private static final Pattern COMMENT_OR_STRING =
        Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"", Pattern.DOTALL);

    static Components read(Path sources, String rootPackage) {
      Path root = sources.resolve(rootPackage.replace('.', '/'));
      Pattern reference = Pattern.compile("\\b" + Pattern.quote(rootPackage) + "\\.(\\w+)\\.");
      Map<String, Map<String, String>> uses = new TreeMap<>();
      try (Stream<Path> files = Files.walk(root)) {
        files
            .filter(f -> f.toString().endsWith(".java"))
            .forEach(
                file -> {
                  Path relative = root.relativize(file);
                  if (relative.getNameCount() < 2) {
                    return; // the root package itself is shared by all, not a component
                  }
                  String component = relative.getName(0).toString();
                  Map<String, String> used = uses.computeIfAbsent(component, c -> new TreeMap<>());
                  Matcher found = reference.matcher(code(file));
                  while (found.find()) {
                    if (!found.group(1).equals(component)) {
                      used.putIfAbsent(found.group(1), relative.toString());
                    }
                  }
                });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Components(uses);
    }

    /** The file without comments and string literals, which may name packages in passing. */
    private static String code(Path file) {
      try {
        return COMMENT_OR_STRING.matcher(Files.readString(file)).replaceAll(" ");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Each cycle (Tarjan's strongly connected components), with the uses that close it. */
    List<String> cycles() {
      List<String> found = new ArrayList<>();
      Map<String, Integer> index = new HashMap<>();
      Map<String, Integer> low = new HashMap<>();
      Deque<String> stack = new ArrayDeque<>();
      for (String component : new TreeSet<>(uses.keySet())) {
        if (!index.containsKey(component)) {
          connect(component, index, low, stack, found);
        }
      }
      return found;
    }

    private void connect(
        String component,
        Map<String, Integer> index,
        Map<String, Integer> low,
        Deque<String> stack,
        List<String> found) {
      index.put(component, index.size());
      low.put(component, index.get(component));
      stack.push(component);
      for (String other : new TreeSet<>(uses.getOrDefault(component, Map.of()).keySet())) {
        if (!index.containsKey(other)) {
          connect(other, index, low, stack, found);
          low.put(component, Math.min(low.get(component), low.get(other)));
        } else if (stack.contains(other)) {
          low.put(component, Math.min(low.get(component), index.get(other)));
        }
      }
      if (low.get(component).equals(index.get(component))) {
        Set<String> members = new TreeSet<>();
        String member;
        do {
          member = stack.pop();
          members.add(member);
        } while (!member.equals(component));
        if (members.size() > 1) {
          found.add(describe(members));
        }
      }
    }

    private String describe(Set<String> members) {
      StringBuilder text = new StringBuilder(String.join(" ⇄ ", members)).append(':');
      for (String from : members) {
        new TreeMap<>(uses.getOrDefault(from, Map.of()))
            .forEach(
                (to, file) -> {
                  if (members.contains(to)) {
                    text.append("\n  ")
                        .append(from)
                        .append(" → ")
                        .append(to)
                        .append(" (")
                        .append(file)
                        .append(')');
                  }
                });
      }
      return text.toString();
    }
  }
}
