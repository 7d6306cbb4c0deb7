/**
 * Everything staff and screens reach over HTTP: the JSON API, the kitchen screens' WebSocket push
 * and the PrimeFaces pages. Sub-packages mirror the URL space; none of them holds business rules.
 */
package com.angelskitchen.web;
