/** What the till keeps: discount reasons, the discounts given, and the money audit log. */
package com.angelskitchen.checkout.entity;
