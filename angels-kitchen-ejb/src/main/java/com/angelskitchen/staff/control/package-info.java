/**
 * The rules behind signing in, free of the container: how passwords are hashed and checked (PBKDF2,
 * constant-time), how device tokens are made and digested, and what a valid username and password
 * look like. Plain classes, unit-tested beside the code.
 */
package com.angelskitchen.staff.control;
