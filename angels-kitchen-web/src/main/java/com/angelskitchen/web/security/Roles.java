package com.angelskitchen.web.security;

/**
 * The application's role names, for {@link AllowedRoles}; the same names are the groups of the
 * staff identity store and the roles of web.xml. A manager holds all four.
 */
public final class Roles {

  public static final String CASHIER = "CASHIER";
  public static final String COOK = "COOK";
  public static final String EXPO = "EXPO";
  public static final String MANAGER = "MANAGER";

  private Roles() {}
}
