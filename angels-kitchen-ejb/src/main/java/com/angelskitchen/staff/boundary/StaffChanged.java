package com.angelskitchen.staff.boundary;

/**
 * A member's password, role or enabled state changed: whoever remembers a verified credential for
 * them (the API's short-lived cache) forgets it. Fired after commit.
 */
public record StaffChanged(String username) {}
