/**
 * Demo data for an empanada restaurant, loaded at start only in demo mode ({@code ak.demo-mode}),
 * and only what is missing: a manager's later changes are never overwritten. Nothing in the domain
 * depends on it; tests build their own menus.
 */
package com.angelskitchen.sampledata;
