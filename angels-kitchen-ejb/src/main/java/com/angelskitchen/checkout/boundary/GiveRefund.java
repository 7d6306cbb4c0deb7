package com.angelskitchen.checkout.boundary;

import java.util.List;

/**
 * A refund to give: of some lines of the order (by id) or, with none, of all that is left; why (the
 * guest sees it on their statement's story, the manager in the audit log); a manager's approval,
 * always needed unless the one refunding is a manager.
 */
public record GiveRefund(List<Long> lineIds, String reason, Approval approval) {

  public GiveRefund {
    lineIds = lineIds == null ? List.of() : List.copyOf(lineIds);
  }
}
