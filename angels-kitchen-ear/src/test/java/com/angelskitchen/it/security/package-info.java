/**
 * Staff login, roles and hardening, tested from outside as staff and intruders would meet them: the
 * role matrix of pages, API and sockets; throttling, disabled accounts and device logins; CSRF
 * guards and security headers; user-entered text that must stay text on every screen.
 */
package com.angelskitchen.it.security;
