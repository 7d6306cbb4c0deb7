/**
 * What the integration tests share: where the test server is, the deployment of the built EAR, and
 * clients that act like the real users (a POS over HTTP, a kitchen screen over WebSocket, a
 * browser).
 */
package com.angelskitchen.it.support;
