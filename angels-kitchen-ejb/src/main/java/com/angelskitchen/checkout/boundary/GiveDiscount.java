package com.angelskitchen.checkout.boundary;

import com.angelskitchen.checkout.entity.DiscountKind;
import java.math.BigDecimal;

/**
 * A discount to give: on one line of the order ({@code lineId}) or on the whole order (null), a
 * percentage or an amount ({@code value}), for a reason from the managers' list, with a manager's
 * approval when one is needed (null otherwise).
 */
public record GiveDiscount(
    Long lineId, DiscountKind kind, BigDecimal value, String reason, Approval approval) {}
