/** One entry of the log: its sequence, type, order, stations and the event as JSON. */
package com.angelskitchen.kitchenlog.entity;
