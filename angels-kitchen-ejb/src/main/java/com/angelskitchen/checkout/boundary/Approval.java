package com.angelskitchen.checkout.boundary;

/**
 * A manager's credentials typed on the cashier's screen to approve one action, without signing the
 * cashier out.
 */
public record Approval(String username, char[] password) {

  @Override
  public String toString() {
    return "Approval[" + username + "]";
  }
}
