/**
 * The manager's reports as one read-only boundary, {@link
 * com.angelskitchen.reporting.boundary.ManagerReports}, the end of day's {@link
 * com.angelskitchen.reporting.boundary.DayReports}, and the figures they answer with (plain
 * records, ready for a page, a chart, JSON or CSV).
 */
package com.angelskitchen.reporting.boundary;
