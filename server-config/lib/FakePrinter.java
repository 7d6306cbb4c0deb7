import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for ESC/POS network printers (kitchen ticket printers, the receipt printer and its
 * cash drawer): it listens on raw TCP ports like a printer's port 9100, decodes what it is sent to
 * the text that would come out on paper, and shows it. The demo run uses it so that a user can see
 * what would print; the tests read what was printed through its control API. One file, JDK only,
 * run with the source launcher:
 *
 * <pre>
 *   java FakePrinter.java serve --ports 9101,9102,9103 --control 8092 [--names 9101=receipt,9102=fritura]
 * </pre>
 *
 * What it understands: ESC @ (initialise), ESC t n (code page; text is read as PC850, Java's
 * IBM850), bold, sizes, reverse, alignment and underline (ignored: paper here is plain text),
 * ESC d n (feed n lines), GS V (cut: the end of a slip), ESC p (the drawer's pulse: counted, and
 * shown as [DRAWER OPENED]), and the real-time status queries DLE EOT n, answered with a byte that
 * says whether it has paper (DLE EOT 1: bit 3 off line; DLE EOT 4: bits 5 and 6 paper end). Out of
 * paper it keeps what it is sent and prints it when paper is back, as a real printer's buffer does.
 *
 * <p>The control API, on the loopback address only: GET / (the slips, as a page), GET
 * /fake/printed?port=P (slips as JSON: port, seq, text, cut, at, reprint), GET /fake/drawer?port=P
 * (how often the drawer opened), PUT /fake/paper?port=P&amp;state=out|ok, PUT
 * /fake/offline?port=P&amp;state=on|off (stop or start taking connections), DELETE /fake/printed
 * (forget every slip and drawer opening; ?port=P for one printer), GET /fake/health.
 */
public class FakePrinter {

  static final Charset PC850 = Charset.forName("IBM850");

  static final byte ESC = 0x1B;
  static final byte GS = 0x1D;
  static final byte DLE = 0x10;
  static final byte EOT = 0x04;

  private final Map<Integer, Printer> printers = new TreeMap<>();
  private final AtomicLong sequence = new AtomicLong();

  /** A slip that came out (or a drawer opening, which has no paper: text [DRAWER OPENED]). */
  record Slip(int port, long seq, String text, boolean cut, OffsetDateTime at, boolean reprint) {}

  // ---------------------------------------------------------------------------------------------
  // One printer

  /** One fake printer on one TCP port. */
  final class Printer {
    final int port;
    final String name;
    final List<Slip> printed = new ArrayList<>();
    final List<String> heldWhileOutOfPaper = new ArrayList<>();
    int drawerOpenings;
    boolean paperOut;
    private ServerSocket socket;

    Printer(int port, String name) {
      this.port = port;
      this.name = name;
    }

    synchronized void online() throws IOException {
      if (socket != null) {
        return;
      }
      ServerSocket server = new ServerSocket();
      server.setReuseAddress(true);
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
      socket = server;
      Thread accept = new Thread(() -> accept(server), "printer-" + port);
      accept.setDaemon(true);
      accept.start();
    }

    synchronized void offline() throws IOException {
      if (socket != null) {
        socket.close();
        socket = null;
      }
    }

    synchronized boolean isOnline() {
      return socket != null;
    }

    /** One connection at a time, as a printer does: what it is sent comes out in order. */
    private void accept(ServerSocket server) {
      while (!server.isClosed()) {
        try (Socket client = server.accept()) {
          client.setSoTimeout(30_000);
          new Decoder(this, client.getInputStream(), client.getOutputStream()).run();
        } catch (SocketException closed) {
          // taken offline, or the sender went away
        } catch (IOException failed) {
          System.err.println("printer " + port + ": " + failed);
        }
      }
    }

    /** A slip's text came through: out on paper, or held until paper is back. */
    synchronized void slip(String text, boolean cut) {
      if (paperOut) {
        heldWhileOutOfPaper.add((cut ? "C" : "-") + text);
        return;
      }
      out(text, cut);
    }

    private void out(String text, boolean cut) {
      printed.add(
          new Slip(
              port,
              sequence.incrementAndGet(),
              text,
              cut,
              OffsetDateTime.now(ZoneOffset.UTC),
              text.contains("REPRINT")));
      System.out.println("[" + port + "] " + (cut ? "slip" : "text (no cut)") + ":\n" + text);
    }

    synchronized void drawer() {
      drawerOpenings++;
      out("[DRAWER OPENED]", false);
    }

    synchronized void paper(boolean out) {
      paperOut = out;
      if (!out) {
        heldWhileOutOfPaper.forEach(held -> out(held.substring(1), held.charAt(0) == 'C'));
        heldWhileOutOfPaper.clear();
      }
    }

    synchronized void clear() {
      printed.clear();
      heldWhileOutOfPaper.clear();
      drawerOpenings = 0;
    }

    /** The answer to DLE EOT n. */
    synchronized int status(int n) {
      return switch (n) {
        case 1 -> 0x12 | (paperOut ? 0x08 : 0); // printer status: bit 3 off line
        case 2 -> 0x12 | (paperOut ? 0x20 : 0); // off-line cause: bit 5 paper end stop
        case 4 -> 0x12 | (paperOut ? 0x60 : 0); // roll paper sensor: bits 5, 6 paper end
        default -> 0x12; // error status: none
      };
    }

    synchronized List<Slip> slips() {
      return List.copyOf(printed);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // ESC/POS decoding

  /** Reads one connection's bytes and turns them into slips. */
  static final class Decoder {
    private final Printer printer;
    private final InputStream in;
    private final OutputStream out;
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private final StringBuilder slip = new StringBuilder();

    Decoder(Printer printer, InputStream in, OutputStream out) {
      this.printer = printer;
      this.in = in;
      this.out = out;
    }

    void run() throws IOException {
      int b;
      while ((b = in.read()) >= 0) {
        switch (b) {
          case ESC -> escape(next());
          case GS -> group(next());
          case DLE -> {
            int second = next();
            if (second == EOT) {
              int n = next();
              out.write(printer.status(n));
              out.flush();
            }
          }
          case 0x0A -> newLine();
          case 0x0D, 0x09, 0x00 -> {}
          default -> {
            if (b >= 0x20) {
              text.write(b);
            }
          }
        }
      }
      flushLine(false);
      String rest = slip.toString();
      if (!rest.isBlank()) {
        printer.slip(trimEnd(rest), false);
      }
    }

    private void escape(int command) throws IOException {
      switch (command) {
        case '@', '2', '<' -> {} // initialise, default line spacing, return home
        case 'd' -> {
          int lines = next();
          newLine();
          for (int i = 1; i < lines; i++) {
            slip.append('\n');
          }
        }
        case 'p' -> {
          next();
          next();
          next();
          printer.drawer();
        }
        case 't', 'E', '!', 'a', '-', 'G', 'M', 'J', '3', 'R', 'r', 'V', '{', 'c' -> next();
        default -> {} // unknown: the byte after ESC alone
      }
    }

    private void group(int command) throws IOException {
      switch (command) {
        case 'V' -> {
          int mode = next();
          if (mode == 65 || mode == 66) {
            next();
          }
          cut();
        }
        case '!', 'B', 'h', 'w', 'H', 'f', 'L', 'W' -> next();
        default -> {}
      }
    }

    private void newLine() {
      flushLine(true);
    }

    private void flushLine(boolean lineFeed) {
      if (text.size() > 0) {
        slip.append(new String(text.toByteArray(), PC850));
        text.reset();
      }
      if (lineFeed) {
        slip.append('\n');
      }
    }

    private void cut() {
      flushLine(false);
      String done = trimEnd(slip.toString());
      slip.setLength(0);
      if (!done.isBlank()) {
        printer.slip(done, true);
      }
    }

    private int next() throws IOException {
      int b = in.read();
      if (b < 0) {
        throw new SocketException("the sender closed in the middle of a command");
      }
      return b;
    }

    private static String trimEnd(String text) {
      return text.replaceAll("[\\s]+$", "");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Control API

  void serve(List<Integer> ports, Map<Integer, String> names, int controlPort) throws IOException {
    for (int port : ports) {
      Printer printer = new Printer(port, names.getOrDefault(port, "printer " + port));
      printer.online();
      printers.put(port, printer);
    }
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", controlPort), 32);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.createContext("/", this::handle);
    server.start();
    System.out.println(
        "Fake printers on 127.0.0.1 ports " + ports + ", control on http://127.0.0.1:" + controlPort);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      int status = 200;
      String type = "application/json";
      String body;
      Printer printer = printer(query.get("port"));
      if (method.equals("GET") && path.equals("/")) {
        type = "text/html; charset=utf-8";
        body = page();
      } else if (method.equals("GET") && path.equals("/fake/health")) {
        body = "{\"status\":\"UP\",\"ports\":" + printers.keySet() + "}";
      } else if (method.equals("GET") && path.equals("/fake/printed")) {
        List<Slip> slips = new ArrayList<>();
        if (query.containsKey("port")) {
          if (printer == null) {
            body = "{\"error\":\"no printer on that port\"}";
            status = 404;
            respond(exchange, status, type, body);
            return;
          }
          slips.addAll(printer.slips());
        } else {
          printers.values().forEach(p -> slips.addAll(p.slips()));
          slips.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        }
        body = json(slips.stream().filter(s -> !s.text().equals("[DRAWER OPENED]")).toList());
      } else if (method.equals("DELETE") && path.equals("/fake/printed")) {
        if (printer != null) {
          printer.clear();
          body = state(printer);
        } else {
          printers.values().forEach(Printer::clear);
          body = "{\"cleared\":" + printers.keySet() + "}";
        }
      } else if (printer == null) {
        status = 404;
        body = "{\"error\":\"name a printer: ?port=P, one of " + printers.keySet() + "\"}";
      } else if (method.equals("GET") && path.equals("/fake/drawer")) {
        synchronized (printer) {
          body = "{\"port\":" + printer.port + ",\"opened\":" + printer.drawerOpenings + "}";
        }
      } else if (method.equals("PUT") && path.equals("/fake/paper")) {
        printer.paper("out".equals(query.get("state")));
        body = state(printer);
      } else if (method.equals("PUT") && path.equals("/fake/offline")) {
        if ("on".equals(query.get("state"))) {
          printer.offline();
        } else {
          printer.online();
        }
        body = state(printer);
      } else {
        status = 404;
        body = "{\"error\":\"no such control\"}";
      }
      respond(exchange, status, type, body);
    } catch (RuntimeException bug) {
      bug.printStackTrace();
    }
  }

  private Printer printer(String port) {
    if (port == null) {
      return null;
    }
    try {
      return printers.get(Integer.parseInt(port.strip()));
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private static String state(Printer printer) {
    synchronized (printer) {
      return "{\"port\":"
          + printer.port
          + ",\"paper\":\""
          + (printer.paperOut ? "out" : "ok")
          + "\",\"offline\":"
          + !printer.isOnline()
          + ",\"held\":"
          + printer.heldWhileOutOfPaper.size()
          + ",\"printed\":"
          + printer.printed.size()
          + ",\"drawerOpenings\":"
          + printer.drawerOpenings
          + "}";
    }
  }

  /** What a person would see at the printers: each one's slips, newest first. */
  private String page() {
    StringBuilder html =
        new StringBuilder(
            "<!doctype html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\""
                + " content=\"3\"><title>Fake printers</title><style>body{font-family:sans-serif;"
                + "background:#eee}section{display:inline-block;vertical-align:top;margin:1em}"
                + "pre{background:#fff;padding:1em;width:44ch;box-shadow:0 1px 3px #999;"
                + "font-family:monospace;white-space:pre-wrap}.event{color:#a00;font-weight:bold}"
                + "</style></head><body><h1>Fake ESC/POS printers</h1>");
    for (Printer printer : printers.values()) {
      synchronized (printer) {
        html.append("<section><h2>")
            .append(escape(printer.name))
            .append(" <small>:")
            .append(printer.port)
            .append(printer.isOnline() ? "" : " OFFLINE")
            .append(printer.paperOut ? " OUT OF PAPER (" + printer.heldWhileOutOfPaper.size() + " held)" : "")
            .append(" · drawer opened ")
            .append(printer.drawerOpenings)
            .append("×</small></h2>");
        List<Slip> slips = new ArrayList<>(printer.printed);
        java.util.Collections.reverse(slips);
        for (Slip slip : slips) {
          html.append(slip.text().equals("[DRAWER OPENED]") ? "<p class=\"event\">" : "<pre>")
              .append(escape(slip.text()))
              .append(slip.text().equals("[DRAWER OPENED]") ? " " + slip.at() + "</p>" : "</pre>");
        }
        html.append("</section>");
      }
    }
    return html.append("</body></html>").toString();
  }

  private static String json(List<Slip> slips) {
    StringBuilder out = new StringBuilder("[");
    for (Slip slip : slips) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append("{\"port\":")
          .append(slip.port())
          .append(",\"seq\":")
          .append(slip.seq())
          .append(",\"text\":")
          .append(quote(slip.text()))
          .append(",\"cut\":")
          .append(slip.cut())
          .append(",\"at\":\"")
          .append(slip.at())
          .append("\",\"reprint\":")
          .append(slip.reprint())
          .append('}');
    }
    return out.append(']').toString();
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw == null) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      } else if (!pair.isEmpty()) {
        values.put(pair, "");
      }
    }
    return values;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
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
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    if (args.length == 0 || !args[0].equals("serve") || !options.containsKey("ports")) {
      System.err.println(
          "usage: java FakePrinter.java serve --ports 9101,9102 --control 8092"
              + " [--names 9101=receipt,9102=fritura]");
      System.exit(2);
    }
    List<Integer> ports = new ArrayList<>();
    for (String port : options.get("ports").split(",")) {
      if (!port.isBlank()) {
        ports.add(Integer.parseInt(port.strip()));
      }
    }
    Map<Integer, String> names = new HashMap<>();
    for (String pair : options.getOrDefault("names", "").split(",")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        names.put(Integer.parseInt(pair.substring(0, eq).strip()), pair.substring(eq + 1).strip());
      }
    }
    new FakePrinter()
        .serve(ports, names, Integer.parseInt(options.getOrDefault("control", "8092")));
  }
}
