/** What the POS and the API call for discounts, reasons, approvals and the audit log. */
package com.angelskitchen.checkout.boundary;
