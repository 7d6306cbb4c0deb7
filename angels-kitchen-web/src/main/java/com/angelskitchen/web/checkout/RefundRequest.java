package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.Approval;
import com.angelskitchen.checkout.boundary.GiveRefund;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The body of {@code POST /api/orders/{id}/refunds}: the lines to refund (none: all that is left),
 * why, and a manager's credentials (unless the caller is a manager).
 */
public class RefundRequest {

  @Size(max = 100)
  public List<Long> lineIds;

  @NotBlank(message = "say why")
  @Size(max = 200)
  public String reason;

  @Valid public DiscountRequest.Credentials approval;

  GiveRefund toCommand() {
    return new GiveRefund(
        lineIds,
        reason,
        approval == null ? null : new Approval(approval.username, approval.password.toCharArray()));
  }
}
