package com.angelskitchen.printing.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * Writes ESC/POS, the command language of nearly every thermal receipt and kitchen printer. Text is
 * sent in code page PC850 ({@code ESC t 2}, Java's IBM850) so that "ñ", "á" and "¡" print; a
 * character the code page lacks prints as "?". Only the commands every ESC/POS printer knows are
 * used: initialise, bold, double size, reverse, alignment, feed and partial cut, the drawer pulse.
 */
public final class EscPos {

  static final byte ESC = 0x1B;
  static final byte GS = 0x1D;
  static final byte LF = 0x0A;

  /** Java's name of PC850, the code page selected by {@code ESC t 2}. */
  public static final Charset PC850 = Charset.forName("IBM850");

  /** Characters on a line of 80 mm paper in font A. */
  public static final int WIDTH = 42;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CharsetEncoder encoder =
      PC850
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .replaceWith(new byte[] {'?'});

  /** {@code ESC @} then {@code ESC t 2}: a printer in its default state, speaking PC850. */
  public static EscPos slip() {
    EscPos escPos = new EscPos();
    escPos.raw(ESC, '@').raw(ESC, 't', 2);
    return escPos;
  }

  /** Only raw commands, no initialisation (the drawer's pulse). */
  public static EscPos commands() {
    return new EscPos();
  }

  public EscPos raw(int... bytes) {
    for (int b : bytes) {
      out.write(b);
    }
    return this;
  }

  public EscPos bold(boolean on) {
    return raw(ESC, 'E', on ? 1 : 0);
  }

  /** Double width and height ({@code GS ! 0x11}), or normal. */
  public EscPos big(boolean on) {
    return raw(GS, '!', on ? 0x11 : 0x00);
  }

  /** White on black ({@code GS B 1}): what no one misses, an allergy. */
  public EscPos reverse(boolean on) {
    return raw(GS, 'B', on ? 1 : 0);
  }

  public EscPos center() {
    return raw(ESC, 'a', 1);
  }

  public EscPos left() {
    return raw(ESC, 'a', 0);
  }

  /** A line of text and a line feed. */
  public EscPos line(String text) {
    return text(text).raw(LF);
  }

  /** Text without a line feed, in PC850. */
  public EscPos text(String text) {
    if (text == null || text.isEmpty()) {
      return this;
    }
    String printable =
        text.replace('\u00a0', ' ')
            .replace('\u202f', ' ')
            .replace('\u2212', '-')
            .replace('\u2019', '\'')
            .replace('\u201c', '"')
            .replace('\u201d', '"')
            .replace('\u203a', '>')
            .replace("\u00d7", "x")
            .replaceAll("[\\r\\n\\t\\p{Cntrl}]", " ");
    try {
      ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(printable));
      out.write(bytes.array(), bytes.position(), bytes.remaining());
    } catch (CharacterCodingException cannot) {
      throw new IllegalStateException("the encoder replaces what it cannot write", cannot);
    }
    return this;
  }

  /** Text on the left and an amount on the right of one line. */
  public EscPos columns(String left, String right) {
    int room = WIDTH - right.length() - 1;
    String cut = left.length() > room ? left.substring(0, Math.max(0, room)) : left;
    return line(cut + " ".repeat(Math.max(1, WIDTH - cut.length() - right.length())) + right);
  }

  /** A dashed rule across the paper. */
  public EscPos rule() {
    return line("-".repeat(WIDTH));
  }

  public EscPos feed(int lines) {
    return raw(ESC, 'd', lines);
  }

  /** Feeds the paper past the cutter and cuts leaving a hinge ({@code GS V 66 0}). */
  public EscPos cut() {
    return raw(GS, 'V', 66, 0);
  }

  /** Opens the drawer on pin 2: {@code ESC p 0 25 250} (50 ms on, 500 ms off). */
  public EscPos kickDrawer() {
    return raw(ESC, 'p', 0, 25, 250);
  }

  public byte[] bytes() {
    return out.toByteArray();
  }
}
