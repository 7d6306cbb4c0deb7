/** Facts about the menu that screens and the POS react to, such as an item being 86'd. */
package com.angelskitchen.menu.events;
