package com.angelskitchen.web.staff;

import com.angelskitchen.staff.boundary.StaffDirectory;
import com.angelskitchen.staff.boundary.StaffView;
import com.angelskitchen.staff.entity.StaffRole;
import com.angelskitchen.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs admin/staff.xhtml: the staff list; add a member with a role and a first password, disable
 * or enable one, reset a password (which also signs out their wall screens).
 */
@Named
@ViewScoped
public class StaffBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB StaffDirectory directory;

  private List<StaffView> staff = List.of();
  private String username;
  private String displayName;
  private StaffRole role = StaffRole.CASHIER;
  private transient String password; // never replicated to other servers
  private String resetUsername;
  private transient String resetPassword;

  @PostConstruct
  public void reload() {
    staff = directory.all();
  }

  public void hire() {
    String name = username;
    if (PageMessages.attempt(
            "staff.attempt.hire", () -> directory.hire(name, displayName, role, password))
        .isPresent()) {
      PageMessages.info("staff.hired", name.strip().toLowerCase(java.util.Locale.ROOT));
      username = null;
      displayName = null;
      role = StaffRole.CASHIER;
    }
    password = null;
    reload();
  }

  public void disable(String member) {
    if (PageMessages.attempt("staff.attempt.disable", () -> directory.disable(member))
        .isPresent()) {
      PageMessages.info("staff.disabled", member);
    }
    reload();
  }

  public void enable(String member) {
    if (PageMessages.attempt("staff.attempt.enable", () -> directory.enable(member)).isPresent()) {
      PageMessages.info("staff.enabled", member);
    }
    reload();
  }

  public void reset() {
    String member = resetUsername;
    if (member == null || member.isBlank()) {
      PageMessages.error("staff.reset.whoMissing");
    } else if (PageMessages.attempt(
            "staff.attempt.reset", () -> directory.resetPassword(member, resetPassword))
        .isPresent()) {
      PageMessages.info("staff.reset.done", member);
      resetUsername = null;
    }
    resetPassword = null;
    reload();
  }

  public List<StaffView> getStaff() {
    return staff;
  }

  public StaffRole[] getRoles() {
    return StaffRole.values();
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public StaffRole getRole() {
    return role;
  }

  public void setRole(StaffRole role) {
    this.role = role;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getResetUsername() {
    return resetUsername;
  }

  public void setResetUsername(String resetUsername) {
    this.resetUsername = resetUsername;
  }

  public String getResetPassword() {
    return resetPassword;
  }

  public void setResetPassword(String resetPassword) {
    this.resetPassword = resetPassword;
  }
}
