/**
 * Menu entities and the value objects they share with orders ({@link
 * com.angelskitchen.menu.entity.Allergen}); prices are {@link com.angelskitchen.money.Money}. Items
 * and their parts are addressed by stable codes, which partners' mappings and the API use.
 */
package com.angelskitchen.menu.entity;
