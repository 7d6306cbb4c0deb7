/**
 * The manager's dashboard on known data: a small fixed set of orders and tickets, written straight
 * into a past period of the test database, whose totals, splits and percentiles were worked out by
 * hand; and the page in a browser, charts, live panel and CSV files.
 */
package com.angelskitchen.it.reports;
