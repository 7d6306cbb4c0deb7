/**
 * The people who work the restaurant and what each may touch: staff members with one role (cashier,
 * cook, expo, manager), their PBKDF2-hashed passwords, and the long-lived logins of wall-mounted
 * kitchen screens. The web module's Jakarta Security mechanism asks this component who someone is;
 * nothing here knows about HTTP.
 */
package com.angelskitchen.staff;
