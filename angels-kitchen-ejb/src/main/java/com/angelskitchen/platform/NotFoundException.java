package com.angelskitchen.platform;

/** A request named an order, ticket, item or station that does not exist. */
public class NotFoundException extends KitchenException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(Kind.NOT_FOUND, message);
  }
}
