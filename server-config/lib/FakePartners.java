import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stand-ins for the delivery partners' APIs, which these machines cannot reach, following their
 * documented contracts (see docs/partners.md), and a sender of realistic signed sample webhooks.
 * One file, JDK only, run with the source launcher:
 *
 * <pre>
 *   java FakePartners.java serve --config partners.properties --port 8091
 *   java FakePartners.java send  --config partners.properties --target http://localhost:8080/partners
 *                                --fake http://127.0.0.1:8091 [--partner ubereats|doordash|website|all]
 *                                [--count N]
 * </pre>
 *
 * The config file holds the same ak.partners.* properties the server reads. The fake checks the
 * credentials the real partners check (OAuth client credentials and bearer tokens for Uber Eats,
 * the HS256 JWT for DoorDash), records every call, and has a control API for tests under /fake:
 * PUT /fake/ubereats/orders/{id} (an order Uber would hold), GET /fake/calls, POST
 * /fake/failures?path=PREFIX&times=N&status=S (the next N calls under PREFIX fail), GET /fake/health.
 */
public class FakePartners {

  // ---------------------------------------------------------------------------------------------
  // Server

  private final Properties config;
  private final Map<String, String> uberOrders = new ConcurrentHashMap<>();
  private final Set<String> uberTokens = ConcurrentHashMap.newKeySet();
  private final List<String> calls = new ArrayList<>();
  private final List<Failure> failures = new ArrayList<>();

  private record Failure(String pathPrefix, int status, int[] remaining) {}

  private record Answer(int status, String body) {}

  FakePartners(Properties config) {
    this.config = config;
  }

  void serve(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::handle);
    server.start();
    System.out.println("Fake partner APIs listening on http://127.0.0.1:" + port);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Answer answer;
      if (path.startsWith("/fake/")) {
        answer = control(method, path, exchange.getRequestURI().getRawQuery(), body);
      } else {
        answer = injectedFailure(path);
        if (answer == null) {
          answer = partnerApi(method, path, exchange.getRequestHeaders().getFirst("Authorization"), body);
        }
        record(method, path, body, answer.status());
      }
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      if (!answer.body().isEmpty()) {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
      }
      exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (RuntimeException bug) {
      bug.printStackTrace();
    }
  }

  private Answer partnerApi(String method, String path, String authorization, String body) {
    Matcher m;
    // Uber Eats ---------------------------------------------------------------------------------
    if (method.equals("POST") && path.equals("/oauth/v2/token")) {
      Map<String, String> form = form(body);
      if (!"client_credentials".equals(form.get("grant_type"))
          || !same(form.get("client_id"), setting("ubereats.client-id"))
          || !same(form.get("client_secret"), setting("ubereats.client-secret"))) {
        return new Answer(401, "{\"error\":\"invalid_client\"}");
      }
      String token = "fake-uber-" + UUID.randomUUID();
      uberTokens.add(token);
      return new Answer(
          200,
          "{\"access_token\":\"" + token + "\",\"expires_in\":2592000,\"token_type\":\"Bearer\","
              + "\"scope\":\"" + form.getOrDefault("scope", "") + "\"}");
    }
    if (path.startsWith("/v1/eats/") || path.startsWith("/v2/eats/") || path.startsWith("/v1/delivery/")) {
      if (authorization == null || !uberTokens.contains(authorization.replaceFirst("^Bearer ", ""))) {
        return new Answer(401, "{\"code\":\"unauthorized\",\"message\":\"invalid or missing token\"}");
      }
      if (method.equals("GET") && (m = match("/v2/eats/order/([^/]+)", path)) != null) {
        String order = uberOrders.get(m.group(1));
        return order == null
            ? new Answer(404, "{\"code\":\"not_found\",\"message\":\"no such order\"}")
            : new Answer(200, order);
      }
      if (method.equals("POST")
          && (m = match("/v1/eats/orders/([^/]+)/(accept_pos_order|deny_pos_order|cancel)", path)) != null) {
        if (!uberOrders.containsKey(m.group(1))) {
          return new Answer(404, "{\"code\":\"not_found\",\"message\":\"no such order\"}");
        }
        if (m.group(2).equals("deny_pos_order") && !body.contains("\"code\"")) {
          return new Answer(400, "{\"code\":\"invalid_request\",\"message\":\"reason.code is required\"}");
        }
        return new Answer(m.group(2).equals("cancel") ? 200 : 204, m.group(2).equals("cancel") ? "{}" : "");
      }
      if (method.equals("POST") && match("/v1/delivery/order/([^/]+)/ready", path) != null) {
        return new Answer(200, "{}");
      }
      if (method.equals("POST") && match("/v2/eats/stores/([^/]+)/menus/items/([^/]+)", path) != null) {
        // Menu API, Update Item: a sparse update; here only the item's suspension is sent.
        return body.contains("\"suspension_info\"") && body.contains("\"suspend_until\"")
            ? new Answer(204, "")
            : new Answer(400, "{\"code\":\"invalid_request\",\"message\":\"suspension_info.suspension.suspend_until is required\"}");
      }
      if (method.equals("POST") && match("/v1/delivery/store/([^/]+)/update-store-prep-time", path) != null) {
        // Update Store Prep Time: default_prep_time in seconds, at most three hours.
        m = Pattern.compile("\"default_prep_time\"\\s*:\\s*(\\d+)").matcher(body);
        return m.find() && Long.parseLong(m.group(1)) <= 10_800
            ? new Answer(200, "{}")
            : new Answer(400, "{\"code\":\"invalid_request\",\"message\":\"default_prep_time (seconds, at most 10800) is required\"}");
      }
      if (method.equals("POST") && match("/v1/eats/stores/([^/]+)/holiday-hours", path) != null) {
        return body.contains("\"holiday_hours\"")
            ? new Answer(200, "{}")
            : new Answer(400, "{\"code\":\"invalid_request\",\"message\":\"holiday_hours is required\"}");
      }
      if (method.equals("PUT") && match("/v2/eats/stores/([^/]+)/menus", path) != null) {
        // Menu API, Upload Menu: replaces the store's whole menu.
        String problem = uberMenuProblem(body);
        return problem == null
            ? new Answer(204, "")
            : new Answer(400, "{\"code\":\"invalid_request\",\"message\":" + quote(problem) + "}");
      }
      if (method.equals("POST") && match("/v1/eats/store/([^/]+)/status", path) != null) {
        return body.contains("\"PAUSED\"") || body.contains("\"ONLINE\"")
            ? new Answer(204, "")
            : new Answer(400, "{\"code\":\"invalid_request\",\"message\":\"status is ONLINE or PAUSED\"}");
      }
      return new Answer(404, "{\"code\":\"not_found\"}");
    }
    // DoorDash Marketplace --------------------------------------------------------------------------
    if (path.startsWith("/marketplace/")) {
      String problem = jwtProblem(authorization);
      if (problem != null) {
        return new Answer(401, "{\"code\":\"authentication_error\",\"message\":\"" + problem + "\"}");
      }
      if (method.equals("PATCH") && match("/marketplace/api/v1/orders/([^/]+)", path) != null) {
        return body.contains("\"order_status\"") && body.contains("\"merchant_supplied_id\"")
            ? new Answer(202, "")
            : new Answer(400, "{\"code\":\"validation_error\",\"message\":\"merchant_supplied_id and order_status are required\"}");
      }
      if (method.equals("PATCH")
          && match("/marketplace/api/v1/orders/([^/]+)/events/order_ready_for_pickup", path) != null) {
        return new Answer(202, "");
      }
      if (method.equals("PATCH") && match("/marketplace/api/v1/stores/([^/]+)/item_status", path) != null) {
        return body.contains("\"items\"") && body.contains("\"is_available\"")
            ? new Answer(200, "{}")
            : new Answer(400, "{\"code\":\"validation_error\",\"message\":\"items with id and is_available are required\"}");
      }
      if ((method.equals("POST") && path.equals("/marketplace/api/v1/menus"))
          || (method.equals("PATCH") && match("/marketplace/api/v1/menus/([^/]+)", path) != null)) {
        // Menu API, create or update a menu: a job DoorDash runs later (202 with its reference).
        String malformed = doorDashMenuProblem(body);
        if (malformed != null) {
          return new Answer(400, "{\"code\":\"validation_error\",\"message\":" + quote(malformed) + "}");
        }
        Object reference = ((Map<?, ?>) Json.parse(body)).get("reference");
        return new Answer(202, "{\"reference\":" + quote(String.valueOf(reference)) + ",\"status\":\"QUEUED\"}");
      }
      if (method.equals("PUT") && match("/marketplace/api/v1/stores/([^/]+)/status", path) != null) {
        return body.contains("\"is_active\"")
            ? new Answer(200, "{}")
            : new Answer(400, "{\"code\":\"validation_error\",\"message\":\"is_active is required\"}");
      }
      return new Answer(404, "{\"code\":\"not_found\"}");
    }
    // The restaurant's website ------------------------------------------------------------------------
    if (method.equals("POST") && path.equals("/website/status")) {
      return same(authorization, "Bearer " + setting("website.token"))
          ? new Answer(200, "{}")
          : new Answer(401, "{\"message\":\"wrong token\"}");
    }
    return new Answer(404, "{\"message\":\"no such fake endpoint\"}");
  }

  private Answer control(String method, String path, String query, String body) {
    Matcher m;
    if (method.equals("GET") && path.equals("/fake/health")) {
      return new Answer(200, "{\"status\":\"UP\"}");
    }
    if (method.equals("PUT") && (m = match("/fake/ubereats/orders/([^/]+)", path)) != null) {
      uberOrders.put(m.group(1), body);
      return new Answer(204, "");
    }
    if (method.equals("GET") && path.equals("/fake/calls")) {
      synchronized (calls) {
        return new Answer(200, "[" + String.join(",", calls) + "]");
      }
    }
    if (method.equals("POST") && path.equals("/fake/failures")) {
      Map<String, String> params = form(query == null ? "" : query);
      synchronized (failures) {
        failures.add(
            new Failure(
                params.getOrDefault("path", "/"),
                Integer.parseInt(params.getOrDefault("status", "503")),
                new int[] {Integer.parseInt(params.getOrDefault("times", "1"))}));
      }
      return new Answer(204, "");
    }
    return new Answer(404, "{\"message\":\"no such control endpoint\"}");
  }

  private Answer injectedFailure(String path) {
    synchronized (failures) {
      for (Failure failure : failures) {
        if (path.startsWith(failure.pathPrefix()) && failure.remaining()[0] > 0) {
          failure.remaining()[0]--;
          return new Answer(failure.status(), "{\"message\":\"injected failure\"}");
        }
      }
    }
    return null;
  }

  private void record(String method, String path, String body, int status) {
    String partner =
        path.startsWith("/marketplace/") ? "doordash" : path.startsWith("/website/") ? "website" : "ubereats";
    synchronized (calls) {
      calls.add(
          "{\"seq\":" + (calls.size() + 1) + ",\"partner\":\"" + partner + "\",\"method\":\"" + method
              + "\",\"path\":" + quote(path) + ",\"status\":" + status + ",\"body\":" + quote(body)
              + ",\"at\":\"" + Instant.now() + "\"}");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Menus: the shapes the partners document, checked as they would refuse them (docs/partners.md)

  /** Null when an Uber Eats Upload Menu body is well formed, else what is wrong with it. */
  static String uberMenuProblem(String body) {
    try {
      Map<?, ?> menu = Json.object(Json.parse(body), "the body");
      Set<String> itemIds = new java.util.HashSet<>();
      for (Object i : Json.array(menu.get("items"), "items")) {
        Map<?, ?> item = Json.object(i, "items[]");
        String id = Json.text(item.get("id"), "items[].id");
        if (!itemIds.add(id)) {
          return "items[].id " + id + " appears twice";
        }
        Json.object(item.get("title"), "items[].title");
        Map<?, ?> price = Json.object(item.get("price_info"), "items[].price_info");
        if (Json.integer(price.get("price"), "items[].price_info.price") < 0) {
          return "items[].price_info.price is negative";
        }
        if (item.containsKey("suspension_info")) {
          Map<?, ?> suspension = Json.object(Json.object(item.get("suspension_info"), "suspension_info").get("suspension"), "suspension_info.suspension");
          Json.integer(suspension.get("suspend_until"), "suspension_info.suspension.suspend_until");
        }
      }
      Set<String> groupIds = new java.util.HashSet<>();
      for (Object g : Json.array(menu.get("modifier_groups"), "modifier_groups")) {
        Map<?, ?> group = Json.object(g, "modifier_groups[]");
        String id = Json.text(group.get("id"), "modifier_groups[].id");
        groupIds.add(id);
        Map<?, ?> quantity = Json.object(Json.object(group.get("quantity_info"), "modifier_groups[].quantity_info").get("quantity"), "quantity_info.quantity");
        long min = Json.integer(quantity.get("min_permitted"), "quantity.min_permitted");
        long max = Json.integer(quantity.get("max_permitted"), "quantity.max_permitted");
        if (min < 0 || max < min) {
          return "modifier group " + id + ": 0 <= min_permitted <= max_permitted";
        }
        for (Object o : Json.array(group.get("modifier_options"), "modifier_groups[].modifier_options")) {
          String option = Json.text(Json.object(o, "modifier_options[]").get("id"), "modifier_options[].id");
          if (!itemIds.contains(option)) {
            return "modifier option " + option + " is not among the items";
          }
        }
      }
      for (Object i : Json.array(menu.get("items"), "items")) {
        Object ids = ((Map<?, ?>) i).get("modifier_group_ids");
        if (ids != null) {
          for (Object id : Json.array(Json.object(ids, "modifier_group_ids").get("ids"), "modifier_group_ids.ids")) {
            if (!groupIds.contains(id)) {
              return "modifier group " + id + " is not among modifier_groups";
            }
          }
        }
      }
      Set<String> categoryIds = new java.util.HashSet<>();
      for (Object c : Json.array(menu.get("categories"), "categories")) {
        Map<?, ?> category = Json.object(c, "categories[]");
        categoryIds.add(Json.text(category.get("id"), "categories[].id"));
        for (Object e : Json.array(category.get("entities"), "categories[].entities")) {
          String id = Json.text(Json.object(e, "entities[]").get("id"), "entities[].id");
          if (!itemIds.contains(id)) {
            return "category entity " + id + " is not among the items";
          }
        }
      }
      List<?> menus = Json.array(menu.get("menus"), "menus");
      if (menus.isEmpty()) {
        return "menus holds no menu";
      }
      for (Object m : menus) {
        Map<?, ?> one = Json.object(m, "menus[]");
        Json.text(one.get("id"), "menus[].id");
        Json.object(one.get("title"), "menus[].title");
        for (Object day : Json.array(one.get("service_availability"), "menus[].service_availability")) {
          Map<?, ?> d = Json.object(day, "service_availability[]");
          if (!Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
              .contains(Json.text(d.get("day_of_week"), "day_of_week"))) {
            return "day_of_week is a lower-case English weekday";
          }
          for (Object period : Json.array(d.get("time_periods"), "time_periods")) {
            Map<?, ?> p = Json.object(period, "time_periods[]");
            if (!Json.text(p.get("start_time"), "start_time").matches("\\d\\d:\\d\\d")
                || !Json.text(p.get("end_time"), "end_time").matches("\\d\\d:\\d\\d")) {
              return "start_time and end_time are HH:MM";
            }
          }
        }
        for (Object id : Json.array(one.get("category_ids"), "menus[].category_ids")) {
          if (!categoryIds.contains(id)) {
            return "category " + id + " is not among categories";
          }
        }
      }
      return null;
    } catch (IllegalArgumentException malformed) {
      return malformed.getMessage();
    }
  }

  /** Null when a DoorDash menu body is well formed, else what is wrong with it. */
  static String doorDashMenuProblem(String body) {
    try {
      Map<?, ?> request = Json.object(Json.parse(body), "the body");
      Map<?, ?> store = Json.object(request.get("store"), "store");
      Json.text(store.get("merchant_supplied_id"), "store.merchant_supplied_id");
      Json.text(store.get("provider_type"), "store.provider_type");
      for (Object h : Json.array(request.get("open_hours"), "open_hours")) {
        Map<?, ?> hours = Json.object(h, "open_hours[]");
        if (!Set.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN").contains(Json.text(hours.get("day_index"), "day_index"))) {
          return "open_hours[].day_index is MON..SUN";
        }
        Json.text(hours.get("start_time"), "open_hours[].start_time");
        Json.text(hours.get("end_time"), "open_hours[].end_time");
      }
      Json.array(request.get("special_hours"), "special_hours");
      Map<?, ?> menu = Json.object(request.get("menu"), "menu");
      Json.text(menu.get("name"), "menu.name");
      for (Object c : Json.array(menu.get("categories"), "menu.categories")) {
        Map<?, ?> category = Json.object(c, "categories[]");
        Json.text(category.get("name"), "categories[].name");
        Json.text(category.get("merchant_supplied_id"), "categories[].merchant_supplied_id");
        for (Object i : Json.array(category.get("items"), "categories[].items")) {
          Map<?, ?> item = Json.object(i, "items[]");
          Json.text(item.get("name"), "items[].name");
          Json.text(item.get("merchant_supplied_id"), "items[].merchant_supplied_id");
          if (Json.integer(item.get("price"), "items[].price") < 0) {
            return "items[].price is negative";
          }
          for (Object e : Json.array(item.get("extras"), "items[].extras")) {
            Map<?, ?> extra = Json.object(e, "extras[]");
            Json.text(extra.get("merchant_supplied_id"), "extras[].merchant_supplied_id");
            long min = Json.integer(extra.get("min_num_options"), "extras[].min_num_options");
            long max = Json.integer(extra.get("max_num_options"), "extras[].max_num_options");
            if (min < 0 || max < min) {
              return "extras[]: 0 <= min_num_options <= max_num_options";
            }
            List<?> options = Json.array(extra.get("options"), "extras[].options");
            if (options.isEmpty() || max > options.size()) {
              return "extras[] " + extra.get("merchant_supplied_id") + " offers fewer options than max_num_options";
            }
            for (Object o : options) {
              Map<?, ?> option = Json.object(o, "options[]");
              Json.text(option.get("name"), "options[].name");
              Json.text(option.get("merchant_supplied_id"), "options[].merchant_supplied_id");
              Json.integer(option.get("price"), "options[].price");
            }
          }
        }
      }
      return null;
    } catch (IllegalArgumentException malformed) {
      return malformed.getMessage();
    }
  }

  /** Just enough JSON to check a payload's shape: objects, arrays, strings, numbers, literals. */
  static final class Json {
    private final String text;
    private int at;

    private Json(String text) {
      this.text = text;
    }

    static Object parse(String text) {
      Json json = new Json(text == null ? "" : text);
      Object value = json.value();
      json.blank();
      if (json.at != json.text.length()) {
        throw new IllegalArgumentException("not JSON: text after the value at " + json.at);
      }
      return value;
    }

    static Map<?, ?> object(Object value, String what) {
      if (value instanceof Map<?, ?> map) {
        return map;
      }
      throw new IllegalArgumentException(what + " must be an object");
    }

    static List<?> array(Object value, String what) {
      if (value instanceof List<?> list) {
        return list;
      }
      throw new IllegalArgumentException(what + " must be an array");
    }

    static String text(Object value, String what) {
      if (value instanceof String s && !s.isEmpty()) {
        return s;
      }
      throw new IllegalArgumentException(what + " must be a non-empty string");
    }

    static long integer(Object value, String what) {
      if (value instanceof java.math.BigDecimal n && n.stripTrailingZeros().scale() <= 0) {
        return n.longValueExact();
      }
      throw new IllegalArgumentException(what + " must be an integer (minor units: cents)");
    }

    private Object value() {
      blank();
      if (at >= text.length()) {
        throw new IllegalArgumentException("not JSON: it ends early");
      }
      char c = text.charAt(at);
      if (c == '{') {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        at++;
        blank();
        if (peek('}')) {
          return map;
        }
        do {
          blank();
          String key = string();
          blank();
          expect(':');
          map.put(key, value());
          blank();
        } while (peek(','));
        expect('}');
        return map;
      }
      if (c == '[') {
        List<Object> list = new ArrayList<>();
        at++;
        blank();
        if (peek(']')) {
          return list;
        }
        do {
          list.add(value());
          blank();
        } while (peek(','));
        expect(']');
        return list;
      }
      if (c == '"') {
        return string();
      }
      for (String literal : List.of("true", "false", "null")) {
        if (text.startsWith(literal, at)) {
          at += literal.length();
          return literal.equals("null") ? null : Boolean.valueOf(literal);
        }
      }
      int start = at;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      try {
        return new java.math.BigDecimal(text.substring(start, at));
      } catch (NumberFormatException notANumber) {
        throw new IllegalArgumentException("not JSON at " + start);
      }
    }

    private String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (at < text.length() && text.charAt(at) != '"') {
        char c = text.charAt(at++);
        if (c == '\\') {
          char e = text.charAt(at++);
          switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'u' -> {
              out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
              at += 4;
            }
            default -> out.append(e);
          }
        } else {
          out.append(c);
        }
      }
      expect('"');
      return out.toString();
    }

    private void blank() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    private boolean peek(char c) {
      if (at < text.length() && text.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw new IllegalArgumentException("not JSON: expected " + c + " at " + at);
      }
    }
  }

  /** Null when the DoorDash JWT is valid, else what is wrong with it. */
  private String jwtProblem(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return "missing bearer JWT";
    }
    String[] parts = authorization.substring(7).split("\\.");
    if (parts.length != 3) {
      return "not a JWT";
    }
    byte[] key =
        Base64.getUrlDecoder().decode(setting("doordash.signing-secret").replace('+', '-').replace('/', '_'));
    String expected =
        Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII)));
    if (!same(expected, parts[2])) {
      return "bad signature";
    }
    String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    if (!header.contains("\"dd-ver\":\"DD-JWT-V1\"") || !header.contains("\"alg\":\"HS256\"")) {
      return "header must carry alg HS256 and dd-ver DD-JWT-V1";
    }
    if (!claims.contains("\"aud\":\"doordash\"")
        || !claims.contains("\"iss\":\"" + setting("doordash.developer-id") + "\"")
        || !claims.contains("\"kid\":\"" + setting("doordash.key-id") + "\"")) {
      return "aud, iss or kid wrong";
    }
    Matcher exp = Pattern.compile("\"exp\":(\\d+)").matcher(claims);
    Matcher iat = Pattern.compile("\"iat\":(\\d+)").matcher(claims);
    if (!exp.find() || !iat.find()) {
      return "iat and exp are required";
    }
    long now = Instant.now().getEpochSecond();
    long expires = Long.parseLong(exp.group(1));
    long issued = Long.parseLong(iat.group(1));
    if (expires < now || issued > now + 5 || expires - issued > 1800) {
      return "expired, issued in the future, or valid longer than 30 minutes";
    }
    return null;
  }

  private String setting(String name) {
    return config.getProperty("ak.partners." + name, "");
  }

  // ---------------------------------------------------------------------------------------------
  // Sample webhooks

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  void send(String target, String fake, String partner, int count) throws Exception {
    for (int i = 0; i < count; i++) {
      if (partner.equals("ubereats") || partner.equals("all")) {
        sendUberEats(target, fake);
      }
      if (partner.equals("doordash") || partner.equals("all")) {
        sendDoorDash(target);
      }
      if (partner.equals("website") || partner.equals("all")) {
        sendWebsite(target);
      }
    }
  }

  private void sendUberEats(String target, String fake) throws Exception {
    String orderId = UUID.randomUUID().toString();
    String ready = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10).withNano(0).toString();
    String order =
        """
        {"id": "%s", "display_id": "%s", "current_state": "CREATED", "type": "DELIVERY_BY_UBER",
         "store": {"id": "%s"}, "eater": {"first_name": "Valentina"},
         "cart": {"items": [
            {"id": "uber-item-carne", "external_data": "carne", "title": "Empanada de carne", "quantity": 6,
             "selected_modifier_groups": [{"id": "extras", "title": "Extras",
                "selected_items": [{"id": "uber-opt-queso", "external_data": "extra-queso", "title": "Extra queso", "quantity": 1}],
                "removed_items": [{"id": "uber-no-cebolla", "external_data": "cebolla", "title": "Cebolla", "quantity": 1}]}],
             "special_instructions": "bien doraditas"},
            {"id": "uber-item-humita", "external_data": "humita", "title": "Empanada de humita", "quantity": 3}],
          "special_instructions": "Tocar timbre 2B"},
         "placed_at": "%s", "estimated_ready_for_pickup_at": "%s"}
        """
            .formatted(orderId, orderId.substring(0, 5).toUpperCase(), setting("ubereats.store-id"),
                OffsetDateTime.now(ZoneOffset.UTC).withNano(0), ready);
    exchange("PUT", fake + "/fake/ubereats/orders/" + orderId, order, Map.of());
    String webhook =
        """
        {"event_type": "orders.notification", "event_id": "%s", "event_time": %d,
         "meta": {"resource_id": "%s", "status": "pos", "user_id": "%s"},
         "resource_href": "%s/v2/eats/order/%s"}
        """
            .formatted(UUID.randomUUID(), Instant.now().getEpochSecond(), orderId,
                setting("ubereats.store-id"), fake, orderId);
    String signature =
        HexFormat.of().formatHex(hmac(setting("ubereats.client-secret").getBytes(StandardCharsets.UTF_8), webhook.getBytes(StandardCharsets.UTF_8)));
    int status = exchange("POST", target + "/ubereats", webhook, Map.of("X-Uber-Signature", signature));
    System.out.println("Uber Eats order " + orderId + " → webhook answered " + status);
  }

  private void sendDoorDash(String target) throws Exception {
    String orderId = UUID.randomUUID().toString();
    String body =
        """
        {"event": {"type": "OrderCreate", "status": "NEW"},
         "order": {"id": "%s", "delivery_short_code": "%s",
           "consumer": {"id": 1, "first_name": "Martín", "last_name": "G."},
           "store": {"merchant_supplied_id": "%s", "provider_type": "angels-kitchen"},
           "subtotal": 720000, "tax": 151200, "estimated_pickup_time": "%s", "is_pickup": false,
           "fulfillment_type": "dx_delivery", "order_special_instructions": "Sin cubiertos",
           "categories": [{"merchant_supplied_id": "empanadas-fritas", "name": "Empanadas fritas",
             "items": [{"merchant_supplied_id": "pollo", "name": "Empanada de pollo", "price": 180000,
                        "quantity": 4, "special_instructions": "",
                        "extras": [{"merchant_supplied_id": "extras", "name": "Extras",
                          "options": [{"merchant_supplied_id": "salsa-picante", "name": "Salsa picante",
                                       "price": 20000, "quantity": 1}]}]}]}]}}
        """
            .formatted(orderId, orderId.substring(0, 4).toUpperCase(), setting("doordash.store-id"),
                OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(12).withNano(0));
    int status =
        exchange("POST", target + "/doordash/orders", body,
            Map.of("Authorization", "Bearer " + setting("doordash.webhook-token")));
    System.out.println("DoorDash order " + orderId + " → webhook answered " + status);
  }

  private void sendWebsite(String target) throws Exception {
    String eventId = "web-" + UUID.randomUUID().toString().substring(0, 8);
    String body =
        """
        {"eventId": "%s", "customerName": "Lucía", "fulfillment": "TAKEOUT",
         "lines": [{"item": "carne", "quantity": 2, "remove": ["cebolla"], "add": ["extra-queso"]},
                   {"item": "humita", "quantity": 1}]}
        """
            .formatted(eventId);
    int status =
        exchange("POST", target + "/website/orders", body,
            Map.of("Authorization", "Bearer " + setting("website.token")));
    System.out.println("Website order " + eventId + " → webhook answered " + status);
  }

  private static int exchange(String method, String url, String body, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      System.err.println(method + " " + url + " → " + response.statusCode() + " " + response.body());
    }
    return response.statusCode();
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (Exception impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static boolean same(String a, String b) {
    return a != null && b != null && !b.isEmpty()
        && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static Matcher match(String regex, String path) {
    Matcher m = Pattern.compile(regex).matcher(path);
    return m.matches() ? m : null;
  }

  private static Map<String, String> form(String encoded) {
    Map<String, String> values = new java.util.HashMap<>();
    for (String pair : encoded.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new java.util.HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    if (args.length == 0 || !options.containsKey("config")) {
      System.err.println("usage: java FakePartners.java serve|send --config FILE [options]");
      System.exit(2);
    }
    Properties config = new Properties();
    try (InputStream in = Files.newInputStream(Path.of(options.get("config")))) {
      config.load(in);
    }
    FakePartners fake = new FakePartners(config);
    switch (args[0]) {
      case "serve" -> fake.serve(Integer.parseInt(options.getOrDefault("port", "8091")));
      case "send" ->
          fake.send(
              options.getOrDefault("target", "http://localhost:8080/partners"),
              options.getOrDefault("fake", "http://127.0.0.1:8091"),
              options.getOrDefault("partner", "all"),
              Integer.parseInt(options.getOrDefault("count", "1")));
      default -> {
        System.err.println("unknown command " + args[0]);
        System.exit(2);
      }
    }
  }
}
