/**
 * The menu as the POS reads it and a manager edits it, including 86'ing an item and restoring it.
 * Entries are created or replaced by code (idempotent "put"), so a setup script can run twice.
 */
package com.angelskitchen.menu.boundary;
