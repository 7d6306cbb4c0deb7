/**
 * The stations' persistent state: stations and the rules that route items to them, and the tickets
 * an order fans out into (one per station) with their lines.
 */
package com.angelskitchen.stations.entity;
