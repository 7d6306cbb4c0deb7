package com.angelskitchen.printing.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * A raw TCP connection to a printer, the way every ESC/POS network printer is fed ("port 9100"):
 * connect, write the bytes, close. Two seconds to connect and two to answer, so that an unplugged
 * printer holds no one up for long.
 */
public final class PrinterLink {

  static final int CONNECT_TIMEOUT_MILLIS = 2_000;
  static final int READ_TIMEOUT_MILLIS = 2_000;

  private PrinterLink() {}

  /** A connection to the printer: nothing has been sent when this fails. */
  public static Socket open(String host, int port) throws IOException {
    return connect(host, port);
  }

  /** Sends the bytes; an exception means they may or may not have come out. */
  public static void write(Socket socket, byte[] bytes) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(bytes);
    out.flush();
    socket.shutdownOutput();
  }

  /** Asks the printer how it is: OFFLINE when it cannot be reached. */
  public static StatusBytes.Reading probe(String host, int port) {
    try (Socket socket = connect(host, port)) {
      Integer printer = ask(socket, StatusBytes.ASK_PRINTER);
      Integer cause =
          printer == null || (printer & StatusBytes.OFFLINE_BIT) == 0
              ? null
              : ask(socket, StatusBytes.ASK_OFFLINE_CAUSE);
      Integer paper = printer == null ? null : ask(socket, StatusBytes.ASK_PAPER);
      return StatusBytes.read(printer, cause, paper);
    } catch (IOException unreachable) {
      return new StatusBytes.Reading(
          com.angelskitchen.printing.entity.PrinterStatus.OFFLINE, describe(unreachable));
    }
  }

  /**
   * A failure as a {@link PrinterDetail} code ({@code refused}, {@code timeout}, {@code
   * unknown-host}, {@code no-route}, {@code io}): the printers page shows it in the manager's
   * language, and the exception's own English text (and the server's locale) stays out of it.
   */
  public static String describe(IOException failure) {
    if (failure instanceof ConnectException) {
      return PrinterDetail.REFUSED;
    }
    if (failure instanceof SocketTimeoutException) {
      return PrinterDetail.TIMEOUT;
    }
    if (failure instanceof UnknownHostException) {
      return PrinterDetail.UNKNOWN_HOST;
    }
    if (failure instanceof NoRouteToHostException) {
      return PrinterDetail.NO_ROUTE;
    }
    return PrinterDetail.IO;
  }

  private static Socket connect(String host, int port) throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
      socket.setSoTimeout(READ_TIMEOUT_MILLIS);
      return socket;
    } catch (IOException failed) {
      socket.close();
      throw failed;
    }
  }

  /** One status byte, or null when the printer does not answer. */
  private static Integer ask(Socket socket, byte[] query) throws IOException {
    socket.getOutputStream().write(query);
    socket.getOutputStream().flush();
    InputStream in = socket.getInputStream();
    try {
      int answer = in.read();
      return answer < 0 ? null : answer;
    } catch (SocketTimeoutException silent) {
      return null;
    }
  }
}
