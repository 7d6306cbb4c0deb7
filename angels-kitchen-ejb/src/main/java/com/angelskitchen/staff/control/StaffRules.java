package com.angelskitchen.staff.control;

import com.angelskitchen.platform.InvalidRequestException;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a username, a display name and a password must look like. */
public final class StaffRules {

  public static final int MIN_PASSWORD = 10;
  public static final int MAX_PASSWORD = 128;
  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,39}");

  private StaffRules() {}

  /**
   * The username as stored: trimmed and lowercase; refused unless 2–40 of a-z, 0-9, ".", "_", "-".
   */
  public static String username(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(name).matches()) {
      throw new InvalidRequestException(
          "staff.username-invalid",
          "a username is 2 to 40 characters: letters a-z first, then letters, digits, '.', '_' or"
              + " '-'");
    }
    return name;
  }

  public static String displayName(String displayName) {
    String name = displayName == null ? "" : displayName.strip();
    if (name.isEmpty() || name.length() > 80) {
      throw new InvalidRequestException(
          "staff.display-name-length", "a display name is 1 to 80 characters");
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidRequestException(
          "staff.display-name-control", "a display name has no control characters");
    }
    return name;
  }

  public static char[] password(String password) {
    if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
      throw new InvalidRequestException(
          "staff.password-length",
          "a password is " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters",
          MIN_PASSWORD,
          MAX_PASSWORD);
    }
    if (password.isBlank()) {
      throw new InvalidRequestException("staff.password-blank", "a password is not only spaces");
    }
    return password.toCharArray();
  }
}
