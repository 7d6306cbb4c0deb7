/**
 * Staff accounts, over HTTP: the staff API and the backing bean of {@code /admin/staff.xhtml} (add,
 * disable and enable members, set a password, which also ends their screens' device logins).
 * Signing in itself is the security package's.
 */
package com.angelskitchen.web.staff;
