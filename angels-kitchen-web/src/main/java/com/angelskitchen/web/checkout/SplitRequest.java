package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.SplitCheck;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The body of {@code POST /api/orders/{id}/split}: {@code {"evenly": 3}}, or {@code {"byItem":
 * {"<lineId>": 1, "<lineId>": 2}}} (every line of the order to a part numbered from 1).
 */
public class SplitRequest {

  @Min(2)
  @Max(20)
  public Integer evenly;

  @Size(max = 200)
  public Map<Long, Integer> byItem;

  SplitCheck toCommand() {
    return new SplitCheck(evenly, byItem);
  }
}
