package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.Approval;
import java.io.Serializable;

/**
 * A manager's username and password typed on the cashier's screen to approve one action (a large
 * discount, a refund). The password is never shown again, never kept with the view (it would travel
 * to another server of the cluster), and forgotten once used.
 */
public class ManagerCredentials implements Serializable {

  private static final long serialVersionUID = 1L;

  private String username;
  private transient String password;

  /** The manager named, or null when none was typed. */
  public String manager() {
    return username == null || username.isBlank() ? null : username.strip();
  }

  /** The approval to send, or null when no manager was named; the password is forgotten. */
  public Approval take() {
    String manager = manager();
    Approval approval =
        manager == null
            ? null
            : new Approval(manager, password == null ? new char[0] : password.toCharArray());
    password = null;
    return approval;
  }

  /** Empties both fields. */
  public void clear() {
    username = null;
    password = null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  /** Never shown again once typed. */
  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
