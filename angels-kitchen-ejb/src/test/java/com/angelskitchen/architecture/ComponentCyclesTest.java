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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Components of the core depend downward, never in a circle: read from the sources, every reference
 * from one component to another (an import or a qualified name in code) is an edge, and the graph
 * must have no cycle. The shared pieces at the bottom depend on nothing above them.
 */
class ComponentCyclesTest {

  private static final Path SOURCES = Path.of("src/main/java/com/angelskitchen");

  private static final Pattern REFERENCE = Pattern.compile("\\bcom\\.angelskitchen\\.(\\w+)\\.");

  private static final Pattern COMMENT =
      Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\])*\"", Pattern.DOTALL);

  /** component → component it uses → a file that uses it, for the failure message. */
  static Map<String, Map<String, String>> uses;

  @BeforeAll
  static void readSources() throws IOException {
    uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(ComponentCyclesTest::read);
    }
  }

  private static void read(Path file) {
    Path relative = SOURCES.relativize(file);
    if (relative.getNameCount() < 2) {
      return;
    }
    String component = relative.getName(0).toString();
    Map<String, String> used = uses.computeIfAbsent(component, c -> new TreeMap<>());
    Matcher reference = REFERENCE.matcher(code(file));
    while (reference.find()) {
      String other = reference.group(1);
      if (!other.equals(component)) {
        used.putIfAbsent(other, relative.toString());
      }
    }
  }

  /** The file without its comments and string literals (which may name packages in passing). */
  private static String code(Path file) {
    try {
      return COMMENT.matcher(Files.readString(file)).replaceAll(" ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theSourcesWereRead() {
    assertThat(uses).containsKeys("kitchenlog", "menu", "ordering", "stations", "platform");
    assertThat(uses.get("stations")).containsKeys("ordering", "menu", "kitchenlog");
  }

  @Test
  void noComponentDependsOnOneThatDependsOnIt() {
    assertThat(cycles())
        .as("components that depend on each other, with a file for each use")
        .isEmpty();
  }

  @Test
  void theSharedPiecesAtTheBottomDependOnNothingAbove() {
    Set<String> bottom = Set.of("platform", "money", "kitchenlog");
    bottom.forEach(
        component ->
            assertThat(uses.getOrDefault(component, Map.of()).keySet())
                .as(component + " uses")
                .isSubsetOf(bottom));
    assertThat(uses.getOrDefault("platform", Map.of())).as("platform uses").isEmpty();
  }

  /** Each cycle found (Tarjan's strongly connected components), with the uses that close it. */
  static List<String> cycles() {
    List<String> found = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    for (String component : uses.keySet()) {
      if (!index.containsKey(component)) {
        connect(component, index, low, stack, found);
      }
    }
    return found;
  }

  private static void connect(
      String component,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      List<String> found) {
    index.put(component, index.size());
    low.put(component, index.get(component));
    stack.push(component);
    for (String other : uses.getOrDefault(component, Map.of()).keySet()) {
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

  private static String describe(Set<String> members) {
    StringBuilder text = new StringBuilder(String.join(" ⇄ ", members)).append(":");
    for (String from : members) {
      uses.getOrDefault(from, Map.of())
          .forEach(
              (to, file) -> {
                if (members.contains(to)) {
                  text.append("\n  ")
                      .append(from)
                      .append(" → ")
                      .append(to)
                      .append(" (")
                      .append(file)
                      .append(")");
                }
              });
    }
    return text.toString();
  }
}
