/**
 * The benchmark harnesses (order-to-screen load, partner webhook intake, crash campaign, dashboard,
 * push channels, stored history), run by hand against a running server with {@code
 * server-config/bin/benchmark.sh} (see docs/benchmarks.md); not tests: they measure and print, and
 * assert nothing.
 */
package com.angelskitchen.bench;
