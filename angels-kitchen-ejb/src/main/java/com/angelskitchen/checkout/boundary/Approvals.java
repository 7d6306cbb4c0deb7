package com.angelskitchen.checkout.boundary;

import com.angelskitchen.staff.boundary.StaffDirectory;
import com.angelskitchen.staff.boundary.StaffIdentity;
import com.angelskitchen.staff.entity.StaffRole;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Arrays;
import java.util.Optional;

/**
 * Who approves an action that needs a manager: the one doing it when they are a manager, else the
 * manager whose credentials were typed for it. (The web module throttles wrong credentials as it
 * does sign-ins.)
 */
@Stateless
public class Approvals {

  @EJB StaffDirectory staff;

  /**
   * The approving manager's username.
   *
   * @throws ApprovalNeededException when no approval was given, or not a manager's
   */
  public String approver(String actor, Approval approval) {
    if (staff.isManager(actor)) {
      return actor;
    }
    if (approval == null || approval.username() == null || approval.password() == null) {
      throw new ApprovalNeededException(
          "checkout.approval-required", "a manager must approve this");
    }
    try {
      Optional<StaffIdentity> manager = staff.signIn(approval.username(), approval.password());
      if (manager.isEmpty() || manager.get().role() != StaffRole.MANAGER) {
        throw new ApprovalNeededException(
            "checkout.approval-refused", "those are not a manager's username and password");
      }
      return manager.get().username();
    } finally {
      Arrays.fill(approval.password(), '\0');
    }
  }
}
