/**
 * Menu entities and the value objects they share with orders ({@link
 * com.angelskitchen.money.Money}, {@link com.angelskitchen.menu.entity.Allergen}). Items and their
 * parts are addressed by stable codes, which partners' mappings and the API use.
 */
package com.angelskitchen.menu.entity;
