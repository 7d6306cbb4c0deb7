/**
 * The money side of the POS on the web: discounts with a manager's approval (API and the cashier's
 * screen) and the managers' list of discount reasons, payments, splits, refunds and the cash
 * drawer, and the managers' money audit log (admin/audit.xhtml, /api/audit). Wrong approval
 * credentials are throttled like wrong sign-ins.
 */
package com.angelskitchen.web.checkout;
