/**
 * Orders as the kitchen stores them. An order owns its lines; its number is only unique within a
 * business day, its database id forever.
 */
package com.angelskitchen.ordering.entity;
