package com.angelskitchen.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.BiConsumer;

/**
 * Posts orders over a pool of kept-alive HTTP/1.1 connections, one request at a time on each, with
 * plain blocking sockets. The JDK's HttpClient spent about half a core at 200 orders/s on the same
 * two cores as the server; this costs a fraction of that, so the harness measures the server rather
 * than itself. Orders wait in the queue only when every connection is busy — their latency still
 * counts from their scheduled time, so that wait is not hidden.
 */
final class OrderSender implements AutoCloseable {

  /**
   * What the sender reports for each order: its HTTP status, or the failure, and when its request
   * was written ({@link System#nanoTime()}), which tells the harness's own lateness from the
   * server's.
   */
  record Answer(int status, Exception failure, long sentNanos) {}

  private record Job(byte[] request, BiConsumer<Integer, Answer> done, int order) {}

  private static final Job STOP = new Job(new byte[0], null, -1);

  private final String host;
  private final int port;
  private final int timeoutMillis;
  private final LinkedBlockingQueue<Job> jobs = new LinkedBlockingQueue<>();
  private final List<Thread> connections = new ArrayList<>();

  OrderSender(String host, int port, int connectionCount) {
    this(host, port, connectionCount, 0);
  }

  /**
   * @param timeoutMillis how long connecting and waiting for an answer may take before the request
   *     fails with a {@link java.net.SocketTimeoutException} (0: no limit). A harness that kills
   *     the server needs one: a request whose answer never comes must count as failed.
   */
  OrderSender(String host, int port, int connectionCount, int timeoutMillis) {
    this.host = host;
    this.port = port;
    this.timeoutMillis = timeoutMillis;
    for (int i = 0; i < connectionCount; i++) {
      Thread connection = new Thread(this::serve, "order-sender-" + i);
      connection.setDaemon(true);
      connection.start();
      connections.add(connection);
    }
  }

  /** Queues a POST of {@code json} to {@code path}; {@code done} hears the answer. */
  void post(String path, String json, int order, BiConsumer<Integer, Answer> done) {
    post(path, json, "", order, done);
  }

  /**
   * Queues a POST with extra header lines ({@code "Name: value\r\n"} each, e.g. a partner's
   * credential).
   */
  void post(String path, String json, String headers, int order, BiConsumer<Integer, Answer> done) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("POST "
                + path
                + " HTTP/1.1\r\nHost: "
                + host
                + ":"
                + port
                + "\r\nContent-Type: application/json\r\n"
                + headers
                + "Content-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[head.length + body.length];
    System.arraycopy(head, 0, request, 0, head.length);
    System.arraycopy(body, 0, request, head.length, body.length);
    jobs.add(new Job(request, done, order));
  }

  private void serve() {
    Socket socket = null;
    InputStream in = null;
    try {
      while (true) {
        Job job = jobs.take();
        if (job == STOP) {
          return;
        }
        long sent = 0;
        try {
          if (socket == null) {
            socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 8192);
          }
          OutputStream out = socket.getOutputStream();
          sent = System.nanoTime();
          out.write(job.request());
          out.flush();
          Response response = Response.read(in);
          if (response.closes()) {
            socket.close();
            socket = null;
          }
          job.done().accept(job.order(), new Answer(response.status(), null, sent));
        } catch (IOException failed) {
          closeQuietly(socket);
          socket = null;
          job.done().accept(job.order(), new Answer(0, failed, sent));
        }
      }
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    } finally {
      closeQuietly(socket);
    }
  }

  @Override
  public void close() {
    connections.forEach(c -> jobs.add(STOP));
  }

  private static void closeQuietly(Socket socket) {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // already gone
      }
    }
  }

  /** The parts of an HTTP/1.1 response the harness needs; the body is read and dropped. */
  private record Response(int status, boolean closes) {

    static Response read(InputStream in) throws IOException {
      String statusLine = line(in);
      if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
        throw new IOException("no HTTP response: " + statusLine);
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      boolean closes = false;
      for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
        String lower = header.toLowerCase();
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(lower.substring(15).trim());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        } else if (lower.startsWith("connection:") && lower.contains("close")) {
          closes = true;
        }
      }
      if (chunked) {
        for (long size = Long.parseLong(line(in).trim(), 16); size > 0; ) {
          skip(in, size);
          line(in);
          size = Long.parseLong(line(in).trim(), 16);
        }
        line(in);
      } else if (length > 0) {
        skip(in, length);
      } else if (length < 0 && status != 204 && status != 304) {
        closes = true; // body runs to the end of the connection
      }
      return new Response(status, closes);
    }

    private static String line(InputStream in) throws IOException {
      StringBuilder text = new StringBuilder();
      for (int c = in.read(); c != -1; c = in.read()) {
        if (c == '\n') {
          int end = text.length();
          return end > 0 && text.charAt(end - 1) == '\r'
              ? text.substring(0, end - 1)
              : text.toString();
        }
        text.append((char) c);
      }
      return text.length() == 0 ? null : text.toString();
    }

    private static void skip(InputStream in, long count) throws IOException {
      for (long left = count; left > 0; ) {
        long skipped = in.skip(left);
        if (skipped <= 0) {
          if (in.read() == -1) {
            throw new IOException("connection closed inside a response body");
          }
          skipped = 1;
        }
        left -= skipped;
      }
    }
  }
}
