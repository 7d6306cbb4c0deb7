/**
 * The manager's dashboard: the page (tables, charts, a live panel refreshed whenever the kitchen
 * socket reports a change), the tables as CSV, and the charts' Chart.js configurations. Figures
 * come from the reporting boundary; nothing here computes a sum.
 */
package com.angelskitchen.web.reports;
