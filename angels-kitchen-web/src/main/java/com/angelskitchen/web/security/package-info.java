/**
 * Who is asking, and may they: the Jakarta Security mechanism for the whole web module (the login
 * page, HTTP Basic for API clients, device logins for wall-mounted screens), the database-backed
 * identity store, throttling of wrong passwords, the roles and the {@code @AllowedRoles} that API
 * resources declare (enforced by the rest package), and the security headers on every answer. Which
 * role reaches which page and socket is declared in web.xml. It depends on no other component
 * package of this module.
 */
package com.angelskitchen.web.security;
