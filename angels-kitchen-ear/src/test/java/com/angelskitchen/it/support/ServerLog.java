package com.angelskitchen.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warnings and errors a Payara server logged lately, for a failing test to say what the server
 * saw (CI shows a failure's message, not the server's files).
 */
public final class ServerLog {

  /** A record of Payara's ODL log: "[time] [Payara …] [LEVEL] … [[ message ]]". */
  private static final Pattern RECORD =
      Pattern.compile(
          "(?s)\\[(\\d{4}-\\d\\d-\\d\\dT[^\\]]+)\\] \\[[^\\]]*\\] \\[(SEVERE|WARNING)\\].*?\\[\\[(.*?)\\]\\]");

  private static final int MAX_CHARS = 6_000;

  private ServerLog() {}

  /** The test server's log. */
  public static Path testServer() {
    return Path.of(TestServer.property("ak.test.domain.dir"), "logs", "server.log");
  }

  /**
   * The last warnings and errors of the log (most recent last), each cut to its first lines, at
   * most about 6,000 characters in all; "none" when there are none.
   */
  public static String recentProblems(Path log, int records) {
    String text;
    try {
      if (!Files.exists(log)) {
        return "no log at " + log;
      }
      byte[] bytes = Files.readAllBytes(log);
      int from = Math.max(0, bytes.length - 2_000_000);
      text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "log unreadable: " + e;
    }
    List<String> found = new ArrayList<>();
    Matcher m = RECORD.matcher(text);
    while (m.find()) {
      String message =
          m.group(3).strip().lines().limit(8).reduce((a, b) -> a + "\n  " + b).orElse("");
      found.add(m.group(1) + " " + m.group(2) + " " + message);
    }
    if (found.isEmpty()) {
      return "none";
    }
    StringBuilder out = new StringBuilder();
    for (String record : found.subList(Math.max(0, found.size() - records), found.size())) {
      out.append(record).append('\n');
    }
    return out.length() > MAX_CHARS
        ? "…" + out.substring(out.length() - MAX_CHARS)
        : out.toString();
  }
}
