/**
 * Staff accounts, over HTTP: the staff API and the backing bean of {@code /admin/staff.xhtml}
 * (accounts, roles, passwords, device logins). Signing in itself is the security package's.
 */
package com.angelskitchen.web.staff;
