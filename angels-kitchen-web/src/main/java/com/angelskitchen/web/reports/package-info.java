/**
 * The manager's dashboard and reports: the reports API, the page (tables, charts, a live panel
 * refreshed whenever the kitchen socket reports a change), the tables as CSV, and the charts'
 * Chart.js configurations. Figures come from the reporting boundary; nothing here computes a sum.
 */
package com.angelskitchen.web.reports;
