/**
 * The restaurant's money: an exact amount with two decimals, and how it is stored. Every component
 * may use it; it uses nothing.
 */
package com.angelskitchen.money;
