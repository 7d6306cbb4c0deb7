/**
 * Who may sign in and as what: the staff directory (hire, disable, reset a password, sign in),
 * device logins for wall-mounted screens, and the first accounts an installation starts with (the
 * first manager from configuration; in demo mode one member per role).
 */
package com.angelskitchen.staff.boundary;
