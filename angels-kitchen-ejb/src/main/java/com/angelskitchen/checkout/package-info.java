/**
 * The money side of the POS, beyond placing an order: discounts and comps (with a manager's
 * approval above a limit) and the audit log of every money action. It changes an order's totals
 * through the order itself ({@code KitchenOrder.discountBy}), so that ordering keeps the one rule
 * of how an order's figures add up; ordering knows nothing of this component.
 */
package com.angelskitchen.checkout;
