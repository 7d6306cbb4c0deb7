package com.angelskitchen.architecture;

import static com.angelskitchen.support.KitchenFixtures.FRITURA;
import static com.angelskitchen.support.KitchenFixtures.carne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.angelskitchen.menu.boundary.ItemSpec;
import com.angelskitchen.menu.entity.ItemUnavailableException;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.money.Money;
import com.angelskitchen.money.TaxRule;
import com.angelskitchen.ordering.boundary.IdempotencyKey;
import com.angelskitchen.ordering.boundary.IdempotencyKeyReusedException;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.control.OrderAssembler;
import com.angelskitchen.ordering.entity.Fulfillment;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderLine;
import com.angelskitchen.ordering.entity.OrderNumber;
import com.angelskitchen.ordering.entity.OrderSource;
import com.angelskitchen.ordering.entity.Tender;
import com.angelskitchen.platform.KitchenException;
import com.angelskitchen.reporting.boundary.Period;
import com.angelskitchen.reporting.entity.DayAlreadyClosedException;
import com.angelskitchen.staff.control.StaffRules;
import com.angelskitchen.stations.control.NoStationException;
import com.angelskitchen.stations.entity.KitchenTicket;
import com.angelskitchen.stations.entity.Station;
import com.angelskitchen.support.Ids;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every refusal has a code of its own and texts for it. The core says what was refused with a
 * stable code ({@code order.no-lines}) and the values it names; the web module's Texts bundles say
 * it in Spanish and in English under {@code refusal.<code>}, and the English text must give back
 * the core's own message word for word (API clients and tests read it).
 */
class RefusalsTest {

  static final Path BUNDLES =
      Path.of("../angels-kitchen-web/src/main/resources/com/angelskitchen/web/i18n");
  static final Path CORE = Path.of("src/main/java");
  static final Path WEB = Path.of("../angels-kitchen-web/src/main/java");

  static final Properties ENGLISH = bundle("en");
  static final Properties SPANISH = bundle("es");

  /** A code: a component, then lower-case words with dots and dashes. */
  static final Pattern CODE =
      Pattern.compile(
          "(?:order|menu|stations|staff|partners|reports|payment|checkout|printing|request|language|auth|http)"
              + "\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)*");

  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-27T20:00:00-03:00");

  @Test
  void everyRefusalTakesItsCodeFromItsCallerOrHasOneOfItsOwn() throws Exception {
    List<Class<?>> refusals = refusalClasses();
    assertThat(refusals)
        .extracting(Class::getSimpleName)
        .contains("NotFoundException", "InvalidRequestException", "SetupException");
    List<String> wrong = new ArrayList<>();
    for (Class<?> type : refusals) {
      if (Modifier.isAbstract(type.getModifiers())) {
        continue;
      }
      for (Constructor<?> constructor : type.getConstructors()) {
        Object[] samples = samples(constructor);
        KitchenException made;
        try {
          made = (KitchenException) constructor.newInstance(samples);
        } catch (InvocationTargetException refused) {
          wrong.add(constructor + " fails with samples: " + refused.getCause());
          continue;
        }
        // The code and the message are two texts side by side: (String code, String message, ...)
        List<Class<?>> types = List.of(constructor.getParameterTypes());
        int code = types.indexOf(String.class);
        boolean fromCaller =
            code >= 0
                && code + 1 < types.size()
                && types.get(code + 1) == String.class
                && made.code().equals(samples[code])
                && made.getMessage().equals(samples[code + 1]);
        boolean ownCode = CODE.matcher(made.code()).matches();
        if (!fromCaller && !ownCode) {
          wrong.add(constructor + " makes up the code '" + made.code() + "'");
        }
      }
    }
    assertThat(wrong).as("constructors of refusals without a proper code").isEmpty();
  }

  @Test
  void everyCodeInTheSourcesHasTextsInBothLanguages() {
    Set<String> codes = new TreeSet<>();
    // The core: every string that looks like a code is one (or the stem of .missing/.too-long).
    sources(CORE).forEach(source -> literals(source, codes));
    // The web module: the codes its own refusals are thrown with, and the API's own codes.
    Pattern thrown =
        Pattern.compile(
            "new\\s+(?:[\\w.]*\\.)?(?:NotFoundException|InvalidRequestException"
                + "|InvalidOrderException)\\(\\s*\"([^\"]+)\"");
    for (String source : sources(WEB).toList()) {
      Matcher found = thrown.matcher(source);
      while (found.find()) {
        codes.add(found.group(1));
      }
    }
    sources(WEB.resolve("com/angelskitchen/web/rest")).forEach(source -> literals(source, codes));
    assertThat(codes).contains("order.no-lines", "request.malformed-json", "auth.sign-in-first");

    List<String> missing = new ArrayList<>();
    for (String code : codes) {
      for (Properties texts : List.of(ENGLISH, SPANISH)) {
        String key = "refusal." + code;
        boolean stem = texts.containsKey(key + ".missing") && texts.containsKey(key + ".too-long");
        if (!texts.containsKey(key) && !stem) {
          missing.add(key + (texts == ENGLISH ? " (en)" : " (es)"));
        }
      }
    }
    assertThat(missing).as("codes without a text").isEmpty();
  }

  @Test
  void theEnglishTextOfEveryRefusalIsItsMessageAndTheSpanishOneIsComplete() {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Refusal> sample : samples().entrySet()) {
      KitchenException refused = refusal(sample.getKey(), sample.getValue());
      String english = say(ENGLISH, Locale.ENGLISH, refused);
      if (!refused.getMessage().equals(english)) {
        wrong.add(
            sample.getKey()
                + " ("
                + refused.code()
                + "): message '"
                + refused.getMessage()
                + "' but English text '"
                + english
                + "'");
      }
      String spanish = say(SPANISH, Locale.forLanguageTag("es-AR"), refused);
      if (spanish == null || spanish.matches(".*\\{\\d.*") || spanish.equals(english)) {
        wrong.add(sample.getKey() + " (" + refused.code() + "): Spanish text '" + spanish + "'");
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** What the web module's Refusals does: the text of the code, enum values in words. */
  static String say(Properties texts, Locale language, KitchenException refused) {
    String pattern = texts.getProperty("refusal." + refused.code());
    if (pattern == null) {
      return null;
    }
    Object[] arguments = refused.arguments();
    for (int i = 0; i < arguments.length; i++) {
      if (arguments[i] instanceof Enum<?> value) {
        String words =
            texts.getProperty(
                "refusal.value." + value.getDeclaringClass().getSimpleName() + "." + value.name());
        if (words != null) {
          arguments[i] = words;
        }
      }
    }
    return pattern.matches("(?s).*\\{\\d.*")
        ? new MessageFormat(pattern, language).format(arguments)
        : pattern;
  }

  /** Something that is refused. */
  interface Refusal {
    void run() throws Exception;
  }

  static KitchenException refusal(String name, Refusal refusal) {
    try {
      refusal.run();
    } catch (KitchenException refused) {
      return refused;
    } catch (Exception other) {
      throw new AssertionError(name + " failed otherwise", other);
    }
    return fail(name + " was not refused");
  }

  /** Refusals the core makes without a database, as many kinds as can be had. */
  static Map<String, Refusal> samples() {
    Map<String, Refusal> all = new LinkedHashMap<>();
    LocalDate day = LocalDate.of(2026, 11, 27);
    all.put("period without days", () -> new Period(null, day));
    all.put("period backwards", () -> new Period(day, day.minusDays(1)));
    all.put("period too long", () -> new Period(day.minusYears(3), day));
    all.put(
        "day closed twice",
        () -> {
          throw new DayAlreadyClosedException("2026-12-07", "23:10", "ana");
        });
    all.put("malformed key", () -> new IdempotencyKey("not a key!"));
    all.put(
        "key reused",
        () -> {
          throw new IdempotencyKeyReusedException();
        });

    all.put("no lines", () -> order(null, List.of()));
    all.put(
        "too many lines",
        () ->
            order(
                null,
                new ArrayList<>(
                    Collections.nCopies(
                        PlaceOrder.MAX_LINES + 1, PlaceOrder.Line.of("carne", 1)))));
    all.put("customer name too long", () -> order("x".repeat(81), List.of(line("carne", 1))));
    all.put(
        "order note too long",
        () ->
            new PlaceOrder(
                OrderSource.POS,
                null,
                null,
                "x".repeat(501),
                null,
                false,
                null,
                List.of(line("carne", 1))));
    all.put(
        "allergy alert too long",
        () ->
            new PlaceOrder(
                OrderSource.POS,
                null,
                null,
                null,
                "x".repeat(201),
                false,
                null,
                List.of(line("carne", 1))));
    all.put("line without item", () -> line(" ", 1));
    all.put("unknown item", () -> line("<script>", 1));
    all.put("quantity", () -> line("carne", 1_000_000));
    all.put(
        "unknown removal",
        () -> new PlaceOrder.Line("carne", 1, List.of("Sin Cebolla"), List.of(), null));
    all.put(
        "unknown extra", () -> new PlaceOrder.Line("carne", 1, List.of(), List.of("Queso!"), null));
    all.put(
        "too many modifiers",
        () ->
            new PlaceOrder.Line(
                "carne",
                1,
                Collections.nCopies(PlaceOrder.MAX_MODIFIERS + 1, "cebolla"),
                List.of(),
                null));
    all.put(
        "line note too long",
        () -> new PlaceOrder.Line("carne", 1, List.of(), List.of(), "x".repeat(201)));
    all.put(
        "unmapped without name",
        () -> new PlaceOrder.Line(null, 1, List.of(), List.of(), null, " "));
    all.put(
        "unmapped with item",
        () -> new PlaceOrder.Line("carne", 1, List.of(), List.of(), null, "Empanada"));
    all.put(
        "unmapped with modifiers",
        () -> new PlaceOrder.Line(null, 1, List.of("cebolla"), List.of(), null, "Empanada"));
    all.put(
        "unmapped name too long",
        () -> new PlaceOrder.Line(null, 1, List.of(), List.of(), null, "x".repeat(81)));

    all.put("item not on the menu", () -> assemble(line("pizza", 1)));
    all.put(
        "86'd",
        () -> {
          MenuItem carne = carne();
          carne.eightySix();
          OrderAssembler.draft(List.of(line("carne", 1)), Map.of("carne", carne));
        });
    all.put(
        "removal not in the recipe",
        () -> assemble(new PlaceOrder.Line("carne", 1, List.of("pepino"), List.of(), null)));
    all.put(
        "removal not allowed",
        () -> assemble(new PlaceOrder.Line("carne", 1, List.of("masa"), List.of(), null)));
    all.put(
        "removed twice",
        () ->
            assemble(new PlaceOrder.Line("carne", 1, List.of("huevo", "huevo"), List.of(), null)));
    all.put(
        "extra not offered",
        () -> assemble(new PlaceOrder.Line("carne", 1, List.of(), List.of("bacon"), null)));
    all.put(
        "extra twice",
        () ->
            assemble(
                new PlaceOrder.Line(
                    "carne", 1, List.of(), List.of("extra-queso", "extra-queso"), null)));

    all.put("hand out in the kitchen", () -> kitchenOrder(null).complete(NOW));
    all.put("ready while held", () -> kitchenOrder(NOW.plusHours(1)).markReady(NOW));
    all.put("fire in the kitchen", () -> kitchenOrder(null).fire(NOW));
    all.put(
        "cancel handed out",
        () -> {
          KitchenOrder order = kitchenOrder(null);
          order.markReady(NOW);
          order.complete(NOW);
          order.cancel("guest left", NOW);
        });
    all.put(
        "cancelled",
        () -> {
          KitchenOrder order = kitchenOrder(null);
          order.cancel("guest's mind changed", NOW);
          order.markReady(NOW);
        });
    all.put(
        "paid twice",
        () -> {
          KitchenOrder order = kitchenOrder(null);
          order.pay(Tender.card(), NOW);
          order.pay(Tender.card(), NOW);
        });
    all.put(
        "short cash",
        () -> kitchenOrder(null).pay(Tender.cash(Money.of("1000.50")), NOW)); // of 3600.00

    all.put("bump a held ticket", () -> ticket(NOW.plusHours(1)).bump(NOW));
    all.put("fire an open ticket", () -> ticket(null).fire(NOW));
    all.put("recall an open ticket", () -> ticket(null).recall(NOW, Duration.ofMinutes(10)));
    all.put("bump a missing line", () -> ticket(null).bumpLine(99_999_999L, NOW));
    all.put(
        "bump a line twice",
        () -> {
          KitchenTicket ticket = ticket(null);
          ticket.bumpLine(1_234_571L, NOW);
          ticket.bumpLine(1_234_571L, NOW);
        });
    all.put(
        "bump a line of a bumped ticket",
        () -> {
          KitchenTicket ticket = ticket(null);
          ticket.bump(NOW);
          ticket.bumpLine(1_234_571L, NOW);
        });
    all.put(
        "bump a cancelled ticket",
        () -> {
          KitchenTicket ticket = ticket(null);
          ticket.cancel();
          ticket.bump(NOW);
        });
    all.put(
        "recall too late",
        () -> {
          KitchenTicket ticket = ticket(null);
          ticket.bump(NOW);
          ticket.recall(NOW.plusMinutes(11), Duration.ofMinutes(10));
        });

    all.put(
        "move a bumped ticket",
        () -> {
          KitchenTicket ticket = ticket(null);
          ticket.bump(NOW);
          ticket.moveTo(com.angelskitchen.support.KitchenFixtures.HORNO_STATION);
        });
    all.put("move to where it is", () -> ticket(null).moveTo(FRITURA));

    all.put("station without name", () -> new Station.Settings(" ", 1, 5, 10));
    all.put("thresholds", () -> new Station.Settings("Fritura", 1, 1_500, 10));
    all.put("bump bar", () -> new Station.Settings("Fritura", 1, 5, 10, "bumpbar-99"));
    all.put(
        "no station",
        () -> {
          throw new NoStationException("Humita");
        });
    all.put(
        "unavailable",
        () -> {
          throw new ItemUnavailableException(carne());
        });
    all.put(
        "out of stock",
        () -> {
          throw new com.angelskitchen.menu.entity.OutOfStockException(carne(), 2);
        });
    all.put(
        "ingredient out of stock",
        () -> {
          throw new com.angelskitchen.menu.entity.IngredientOutOfStockException(
              com.angelskitchen.support.KitchenFixtures.CARNE, 3);
        });
    all.put(
        "recipe quantity",
        () ->
            new ItemSpec(
                "Empanada",
                null,
                Money.of("1.00"),
                "fritas",
                10,
                0,
                List.of(new ItemSpec.RecipeLine("masa", false, 0)),
                List.of()));

    all.put("username", () -> StaffRules.username("x"));
    all.put("display name length", () -> StaffRules.displayName(" "));
    all.put("display name control", () -> StaffRules.displayName("Ana\u0007"));
    all.put("password length", () -> StaffRules.password("short"));
    all.put("password blank", () -> StaffRules.password(" ".repeat(12)));

    all.put("item name", () -> item(" ", null, Money.of("1.00"), "fritas", 10));
    all.put("item name too long", () -> item("x".repeat(81), null, Money.of("1.00"), "fritas", 10));
    all.put("kitchen name", () -> item("Empanada", "x".repeat(25), Money.of("1.00"), "fritas", 10));
    all.put("item price", () -> item("Empanada", null, null, "fritas", 10));
    all.put("item category", () -> item("Empanada", null, Money.of("1.00"), "Fritas!", 10));
    all.put("prep time", () -> item("Empanada", null, Money.of("1.00"), "fritas", 1_440));
    all.put(
        "recipe codes",
        () ->
            new ItemSpec(
                "Empanada",
                null,
                Money.of("1.00"),
                "fritas",
                10,
                1,
                List.of(
                    new ItemSpec.RecipeLine("masa", false), new ItemSpec.RecipeLine("masa", true)),
                List.of()));
    all.put(
        "extra codes",
        () ->
            new ItemSpec(
                "Empanada",
                null,
                Money.of("1.00"),
                "fritas",
                10,
                1,
                List.of(),
                List.of("picante", "picante")));
    all.put(
        "printer without name",
        () -> new com.angelskitchen.printing.entity.Printer.Settings(" ", "10.0.0.9", 9100, false));
    all.put(
        "printer name too long",
        () ->
            new com.angelskitchen.printing.entity.Printer.Settings(
                "x".repeat(61), "10.0.0.9", 9100, false));
    all.put(
        "printer host with a scheme",
        () ->
            new com.angelskitchen.printing.entity.Printer.Settings(
                "Fritura", "http://10.0.0.9", 9100, false));
    all.put(
        "printer port",
        () ->
            new com.angelskitchen.printing.entity.Printer.Settings(
                "Fritura", "10.0.0.9", 70000, false));
    all.put(
        "fallback seconds",
        () ->
            new com.angelskitchen.printing.entity.StationPrinting.Settings(
                "fritura", com.angelskitchen.printing.entity.PrintMode.FALLBACK, 4000));
    all.put(
        "printing without a printer",
        () ->
            new com.angelskitchen.printing.entity.StationPrinting.Settings(
                null, com.angelskitchen.printing.entity.PrintMode.EVERY_TICKET, 30));
    all.put(
        "printing without a mode",
        () -> new com.angelskitchen.printing.entity.StationPrinting.Settings("fritura", null, 30));
    return all;
  }

  static PlaceOrder order(String customerName, List<PlaceOrder.Line> lines) {
    return new PlaceOrder(OrderSource.POS, null, customerName, null, null, false, null, lines);
  }

  static PlaceOrder.Line line(String item, int quantity) {
    return PlaceOrder.Line.of(item, quantity);
  }

  static void assemble(PlaceOrder.Line line) {
    OrderAssembler.draft(List.of(line), Map.of("carne", carne()));
  }

  static ItemSpec item(String name, String kitchenName, Money price, String category, int prep) {
    return new ItemSpec(name, kitchenName, price, category, prep, 1, List.of(), List.of());
  }

  static KitchenOrder kitchenOrder(OffsetDateTime fireAt) {
    MenuItem carne = carne();
    OrderLine.Draft draft =
        new OrderLine.Draft(
            carne, carne.name(), "CARNE", 1, carne.price(), List.of(), null, Set.of(), false);
    return new KitchenOrder(
        new OrderNumber(LocalDate.of(2026, 11, 27), 12),
        new KitchenOrder.Header(
            OrderSource.POS, Fulfillment.TAKEOUT, null, null, null, false, null),
        List.of(draft, draft),
        TaxRule.onTop("0"),
        NOW,
        fireAt);
  }

  /** A ticket and its lines with ids of seven digits, which a careless format would group. */
  static KitchenTicket ticket(OffsetDateTime fireAt) {
    KitchenOrder order = kitchenOrder(fireAt);
    KitchenTicket ticket = Ids.assign(new KitchenTicket(order, FRITURA, order.lines()), 1_234_567);
    Ids.assign(ticket.lines().get(0), 1_234_571);
    Ids.assign(ticket.lines().get(1), 1_234_572);
    return ticket;
  }

  /** Sample arguments for a constructor: distinct texts, so that each can be told apart. */
  static Object[] samples(Constructor<?> constructor) {
    Class<?>[] types = constructor.getParameterTypes();
    Object[] samples = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Class<?> type = types[i];
      if (type == String.class) {
        samples[i] = "sample " + i;
      } else if (type == Serializable[].class) {
        samples[i] = new Serializable[] {"value"};
      } else if (type == MenuItem.class) {
        samples[i] = carne();
      } else if (type == com.angelskitchen.menu.entity.Ingredient.class) {
        samples[i] = com.angelskitchen.support.KitchenFixtures.CARNE;
      } else if (type == int.class) {
        samples[i] = 1_234 + i;
      } else if (type == KitchenException.Kind.class) {
        samples[i] = KitchenException.Kind.INVALID;
      } else {
        throw new AssertionError("no sample for " + type + " in " + constructor);
      }
    }
    return samples;
  }

  /** KitchenException and every class of the core that extends it, nested ones too. */
  static List<Class<?>> refusalClasses() throws ClassNotFoundException {
    Pattern declared = Pattern.compile("class\\s+(\\w+)\\s+extends\\s+(\\w+)");
    Map<String, String> parents = new LinkedHashMap<>();
    Map<String, String> binaryNames = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(CORE)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        String top = file.getFileName().toString().replace(".java", "");
        String pkg = CORE.relativize(file.getParent()).toString().replace('/', '.');
        Matcher found = declared.matcher(source);
        while (found.find()) {
          String name = found.group(1);
          parents.put(name, found.group(2));
          binaryNames.put(name, pkg + "." + (name.equals(top) ? name : top + "$" + name));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Class<?>> refusals = new ArrayList<>();
    for (String name : parents.keySet()) {
      for (String up = name; up != null; up = parents.get(up)) {
        if (up.equals("KitchenException")) {
          refusals.add(Class.forName(binaryNames.get(name)));
          break;
        }
      }
    }
    return refusals;
  }

  static void literals(String source, Set<String> codes) {
    Matcher found = Pattern.compile("\"(" + CODE.pattern() + ")\"").matcher(source);
    while (found.find()) {
      codes.add(found.group(1));
    }
  }

  static Stream<String> sources(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      List<String> all = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        all.add(Files.readString(file, StandardCharsets.UTF_8));
      }
      return all.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Properties bundle(String language) {
    Properties texts = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            BUNDLES.resolve("Texts_" + language + ".properties"), StandardCharsets.UTF_8)) {
      texts.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }
}
