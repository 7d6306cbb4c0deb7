/**
 * Menu look-ups that ordering needs on every order and that must not cost it a round trip to the
 * database.
 */
package com.angelskitchen.menu.control;
