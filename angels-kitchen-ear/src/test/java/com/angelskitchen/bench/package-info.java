/**
 * Load harness for the order-to-screen path, run by hand against a running server (see
 * docs/benchmarks.md, Benchmarks section); not a test: it measures and prints, it asserts nothing.
 */
package com.angelskitchen.bench;
