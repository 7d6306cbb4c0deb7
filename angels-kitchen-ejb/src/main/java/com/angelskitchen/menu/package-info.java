/**
 * The menu: categories, items with their recipe (base ingredients, some removable), the extras a
 * guest may add, prices, prep times and allergens, and whether an item is 86'd. Orders copy what
 * they need from the menu when they are placed, so a later menu change never rewrites history.
 */
package com.angelskitchen.menu;
