/**
 * Who is asking, and may they: the Jakarta Security mechanism for the whole web module (the login
 * page, HTTP Basic for API clients, device logins for wall-mounted screens), the database-backed
 * identity store, throttling of wrong passwords, the API's role checks and CSRF guard, and the
 * security headers on every answer. Which role reaches which page and socket is declared in
 * web.xml; which role calls which API method, by {@code @AllowedRoles} on the resource.
 */
package com.angelskitchen.web.security;
