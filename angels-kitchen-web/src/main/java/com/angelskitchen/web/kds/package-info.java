/**
 * The kitchen screens: the WebSocket push that keeps them live ({@code /ws/kds/{channel}}, see
 * docs/kds-protocol.md), the addresses of the station, expo and board pages and the station page's
 * backing bean, and the kitchen log API ({@code /api/kitchen-log}) for bump bars and other
 * displays. Committed kitchen events are observed after commit, put back into sequence order by
 * {@link com.angelskitchen.web.kds.EventSequencer} and sent to every connected screen of the
 * channels they concern; a screen that (re)connects resumes from the last sequence it saw. What
 * each kind of screen sees, in its snapshot and live, is shaped by one {@link
 * com.angelskitchen.web.kds.ScreenModel} per channel kind. The screens' sound ({@code
 * /api/screen/sound}) is kept with a wall screen's device login so it chimes after a reload.
 */
package com.angelskitchen.web.kds;
