/**
 * What the stations do and how they are set up: bump a line or a ticket, recall a bump, list a
 * station's tickets; and the stations and routing rules a manager configures.
 */
package com.angelskitchen.stations.boundary;
