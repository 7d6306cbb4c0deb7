/**
 * Everything staff and screens reach over HTTP: the JSON API, the kitchen screens' WebSocket push
 * and the PrimeFaces pages. One package per component ({@code menu}, {@code stations}, {@code
 * orders}, {@code pos}, {@code kds}, {@code partners}, {@code staff}, {@code reports}): a use
 * case's REST resource, page beans and view models sit together. Beside them, what they share:
 * {@code rest}, {@code security}, {@code health} and {@code cluster}. None of them holds business
 * rules.
 */
package com.angelskitchen.web;
