/**
 * The stations and their tickets: the stations a manager sets up and the rules that route menu
 * items to them, the ticket an order fans out into at each station, and the bumps and recalls of
 * the cooks. It sits above ordering and the menu and implements ordering's {@code KitchenPass}, so
 * an order reaches the stations without the order desk knowing them.
 */
package com.angelskitchen.stations;
