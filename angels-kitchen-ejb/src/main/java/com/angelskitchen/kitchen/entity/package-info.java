/**
 * The kitchen's persistent state: stations and the rules that route items to them, the tickets an
 * order fans out into (one per station) with their lines, and the kitchen log.
 */
package com.angelskitchen.kitchen.entity;
