/**
 * The manager's reports as one read-only boundary, {@link
 * com.angelskitchen.reporting.boundary.ManagerReports}, and the figures it answers with (plain
 * records, ready for a page, a chart, JSON or CSV).
 */
package com.angelskitchen.reporting.boundary;
