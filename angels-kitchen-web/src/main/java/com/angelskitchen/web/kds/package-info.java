/**
 * The kitchen screens: the WebSocket push that keeps them live ({@code /ws/kds/{channel}}, see
 * docs/kds-protocol.md) and the backing beans of the station, expo and board pages. Committed
 * kitchen events are observed after commit, put back into sequence order by {@link
 * com.angelskitchen.web.kds.EventSequencer} and sent to every connected screen of the channels they
 * concern; a screen that (re)connects resumes from the last sequence it saw.
 */
package com.angelskitchen.web.kds;
