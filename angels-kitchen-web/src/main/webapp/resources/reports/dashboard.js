/*
 * Angel's Kitchen — the dashboard's live panel. Listens to the kitchen socket's expo channel (every
 * kitchen event) and, at most once a second, asks the server to redraw the panel (akRefreshLive, a
 * PrimeFaces remoteCommand, one at a time); also every 30 s, so that the oldest ticket's age moves on. The
 * figures always come from the server. A socket silent for 25 s (no heartbeat) is taken for dead
 * and reopened, as the kitchen screens do (docs/kds-protocol.md). The link's words are the page's
 * (Ak.text, resources/i18n/language.js).
 */
(function () {
  'use strict';
  const SILENCE_MS = 25000;
  const link = document.getElementById('ak-dash-link');
  let pending = null;
  let attempt = 0;

  function status(text, live) {
    link.textContent = text;
    link.classList.toggle('ak-live', live);
  }

  /** Set while a redraw is on its way: one at a time, so slow answers never pile up. */
  let sentAt = 0;
  let again = false;

  function refreshSoon() {
    if (pending) {
      return;
    }
    pending = setTimeout(() => {
      pending = null;
      if (sentAt && Date.now() - sentAt < 15000) {
        again = true;
        return;
      }
      if (window.akRefreshLive) {
        sentAt = Date.now();
        window.akRefreshLive();
      }
    }, 1000);
  }

  /** The remote command's oncomplete: the next change may ask for a redraw. */
  window.AkDashboard = {
    refreshed() {
      sentAt = 0;
      if (again) {
        again = false;
        refreshSoon();
      }
    },
  };

  setInterval(refreshSoon, 30000);

  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    const root = document.body.dataset.contextPath || '';
    const socket = new WebSocket(scheme + location.host + root + '/ws/kds/expo');
    let pinger = null;
    let heard = Date.now();
    const watchdog = setInterval(() => {
      if (Date.now() - heard > SILENCE_MS) {
        socket.close();
      }
    }, 5000);
    socket.onmessage = (e) => {
      heard = Date.now();
      const message = JSON.parse(e.data);
      if (message.type === 'Welcome') {
        socket.send(JSON.stringify({ type: 'Resume', after: message.sequence }));
        pinger = setInterval(
          () => socket.send(JSON.stringify({ type: 'Ping' })),
          Math.max(5, message.heartbeatSeconds / 2) * 1000);
      } else if (message.type === 'ReplayDone' || message.type === 'Snapshot') {
        attempt = 0;
        status(Ak.text('js.dashboard.live'), true);
        refreshSoon();
      } else if (message.type !== 'Heartbeat') {
        refreshSoon();
      }
    };
    socket.onclose = () => {
      clearInterval(pinger);
      clearInterval(watchdog);
      status(Ak.text('js.dashboard.reconnecting'), false);
      const wait = Math.min(10000, 500 * Math.pow(2, attempt++));
      setTimeout(connect, wait / 2 + Math.random() * wait / 2);
    };
    socket.onerror = () => socket.close();
  }

  connect();
})();
