package com.angelskitchen.staff.control;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2 password hashes in the format of Jakarta Security's {@code Pbkdf2PasswordHash}: {@code
 * algorithm:iterations:salt:hash}, salt and hash in Base64. Each hash carries its own iteration
 * count, so raising the count for new passwords leaves old ones valid. Checks compare in constant
 * time, and checking against no hash at all costs as much as a real check, so a wrong username
 * cannot be told from a wrong password by the time it takes.
 */
public final class PasswordHashes {

  /** OWASP's 2023 figure for PBKDF2-HMAC-SHA512. */
  public static final int DEFAULT_ITERATIONS = 210_000;

  private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  private static final int SALT_BYTES = 32;
  private static final int KEY_BYTES = 64;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A hash per iteration count to check unknown usernames against, made once per count. */
  private static final Map<Integer, String> DECOYS = new ConcurrentHashMap<>();

  private final int iterations;

  public PasswordHashes(int iterations) {
    if (iterations < 10_000) {
      throw new IllegalArgumentException("at least 10000 PBKDF2 iterations, not " + iterations);
    }
    this.iterations = iterations;
  }

  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] key = derive(password, salt, iterations, KEY_BYTES);
    Base64.Encoder base64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + iterations
        + ":"
        + base64.encodeToString(salt)
        + ":"
        + base64.encodeToString(key);
  }

  /** Whether the password matches the hash; a null or malformed hash never matches. */
  public boolean matches(char[] password, String hash) {
    String[] parts = hash == null ? new String[0] : hash.split(":");
    if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
      waste(password);
      return false;
    }
    try {
      int rounds = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      if (rounds < 1 || expected.length == 0) {
        return false;
      }
      return MessageDigest.isEqual(expected, derive(password, salt, rounds, expected.length));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /** Spends the time of one check, for a username that does not exist. */
  public void waste(char[] password) {
    matches(
        password,
        DECOYS.computeIfAbsent(iterations, n -> hash("no one has this password".toCharArray())));
  }

  private static byte[] derive(char[] password, byte[] salt, int rounds, int bytes) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, rounds, bytes * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is part of every Java 17 runtime", e);
    } finally {
      spec.clearPassword();
    }
  }
}
