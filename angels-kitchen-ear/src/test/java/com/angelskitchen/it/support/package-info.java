/**
 * What the integration tests share: where the test server is, the base class that deploys the built
 * EAR ({@link com.angelskitchen.it.support.EarTestBase}), a menu of each test's own ({@link
 * com.angelskitchen.it.support.EmpanadaMenu}), and clients that act like the real users (a POS over
 * HTTP, a kitchen screen over WebSocket, a browser).
 */
package com.angelskitchen.it.support;
