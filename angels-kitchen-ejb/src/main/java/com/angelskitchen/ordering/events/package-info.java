/** Facts about orders, fired after commit and kept in the kitchen log. */
package com.angelskitchen.ordering.events;
