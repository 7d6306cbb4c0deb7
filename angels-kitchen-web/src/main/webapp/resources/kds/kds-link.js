/*
 * Angel's Kitchen — the screens' side of the kitchen push protocol (docs/kds-protocol.md).
 * KdsLink keeps one WebSocket to /ws/kds/{channel} alive: it resumes from the last sequence it
 * applied after every reconnect, drops duplicates, watches heartbeats and reconnects with backoff.
 */
(function (global) {
  'use strict';

  const WATCHDOG_MS = 25000;
  // A handshake the server accepts but never answers (a stuck proxy, a request the server drops)
  // is abandoned after this long, not after the full heartbeat watchdog.
  const CONNECT_MS = 5000;
  const PING_MS = 10000;
  const MAX_BACKOFF_MS = 10000;

  class KdsLink {
    /**
     * @param channel station code, "expo" or "board"
     * @param handlers { snapshot(message), event(message), status(live: boolean) }
     */
    constructor(channel, handlers) {
      this.channel = channel;
      this.handlers = handlers;
      this.last = 0;
      this.live = false;
      this.attempt = 0;
      this.socket = null;
      this.watchdog = null;
      this.pinger = null;
      this.connections = 0;
    }

    url() {
      const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
      return scheme + '//' + location.host + KdsLink.contextPath() + '/ws/kds/' + encodeURIComponent(this.channel);
    }

    static contextPath() {
      return (document.body && document.body.dataset.contextPath) || '';
    }

    start() {
      this.connect();
      this.pinger = setInterval(() => this.sendJson({ type: 'Ping' }), PING_MS);
    }

    connect() {
      this.setLive(false);
      let socket;
      try {
        socket = new WebSocket(this.url());
      } catch (e) {
        this.retry();
        return;
      }
      this.socket = socket;
      socket.onmessage = (e) => this.receive(e.data);
      socket.onclose = () => {
        if (this.socket === socket) {
          this.socket = null;
          this.retry();
        }
      };
      socket.onerror = () => socket.close();
      this.armWatchdog(CONNECT_MS);
    }

    retry() {
      this.setLive(false);
      clearTimeout(this.watchdog);
      const base = Math.min(MAX_BACKOFF_MS, 500 * Math.pow(2, this.attempt));
      this.attempt = Math.min(this.attempt + 1, 10);
      setTimeout(() => this.connect(), base / 2 + Math.random() * base / 2);
    }

    /** Closes the socket (and so reconnects) unless a message arrives within {@code ms}. */
    armWatchdog(ms = WATCHDOG_MS) {
      clearTimeout(this.watchdog);
      this.watchdog = setTimeout(() => {
        if (this.socket) {
          this.socket.close();
        }
      }, ms);
    }

    sendJson(message) {
      if (this.socket && this.socket.readyState === WebSocket.OPEN) {
        this.socket.send(JSON.stringify(message));
      }
    }

    receive(text) {
      this.armWatchdog();
      const message = JSON.parse(text);
      switch (message.type) {
        case 'Welcome':
          this.connections++;
          // How many times this page has connected, for tests and support staff to see.
          document.documentElement.dataset.kdsConnections = String(this.connections);
          this.sendJson({ type: 'Resume', after: this.last });
          break;
        case 'Snapshot':
          this.last = message.sequence;
          this.handlers.snapshot(message);
          this.setLive(true);
          break;
        case 'ReplayDone':
          this.last = Math.max(this.last, message.sequence);
          this.setLive(true);
          break;
        case 'Heartbeat':
          break;
        default:
          if (typeof message.sequence !== 'number' || message.sequence <= this.last) {
            return; // a duplicate: already applied
          }
          this.last = message.sequence;
          this.handlers.event(message);
      }
    }

    setLive(live) {
      if (live) {
        this.attempt = 0;
      }
      if (this.live !== live) {
        this.live = live;
        this.handlers.status(live);
      }
    }
  }

  /** Small helpers shared by the screens. */
  const Kds = {
    /** An element with a class and, optionally, text (always as text, never as HTML). */
    el(tag, className, text) {
      const node = document.createElement(tag);
      if (className) {
        node.className = className;
      }
      if (text !== undefined && text !== null) {
        node.textContent = String(text);
      }
      return node;
    },

    /**
     * POSTs to the API with the session's cookie and the X-Kitchen-Client header the server demands
     * of browser writes (its CSRF guard); resolves with the JSON answer, rejects with the refusal's
     * message. A lost login sends the screen to the login page.
     */
    async post(path, body) {
      const headers = { 'X-Kitchen-Client': 'kds' };
      if (body) {
        headers['Content-Type'] = 'application/json';
      }
      const response = await fetch(KdsLink.contextPath() + path, {
        method: 'POST',
        credentials: 'same-origin',
        headers,
        body: body ? JSON.stringify(body) : undefined,
      });
      const answer = await response.json().catch(() => ({}));
      if (response.status === 401) {
        window.location.reload();
      }
      if (!response.ok) {
        throw new Error(answer.message || response.statusText);
      }
      return answer;
    },

    /** mm:ss since an ISO instant. */
    elapsed(since, now) {
      const seconds = Math.max(0, Math.floor((now - Date.parse(since)) / 1000));
      const m = Math.floor(seconds / 60);
      const s = seconds % 60;
      return { seconds, text: m + ':' + String(s).padStart(2, '0') };
    },

    /** The time of day in the restaurant's zone, whatever the screen's own zone. */
    clock(iso) {
      return Ak.time(iso);
    },

    /** Shows the Live / Reconnecting… banner. */
    banner(live) {
      const banner = document.getElementById('ak-link');
      if (banner) {
        banner.textContent = Ak.text(live ? 'js.link.live' : 'js.link.reconnecting');
        banner.className = live ? 'ak-link ak-link-live' : 'ak-link ak-link-down';
      }
    },

    /** A message at the bottom of the screen for a few seconds. */
    toast(text) {
      const toast = document.getElementById('ak-toast');
      if (toast) {
        toast.textContent = text;
        toast.classList.add('ak-toast-shown');
        clearTimeout(Kds.toastTimer);
        Kds.toastTimer = setTimeout(() => toast.classList.remove('ak-toast-shown'), 4000);
      }
    },

    /** The new-ticket chime: a short two-tone beep (browsers allow sound only after a tap). */
    chime() {
      const audio = Kds.audio;
      if (!audio) {
        return;
      }
      const now = audio.currentTime;
      [880, 1320].forEach((frequency, i) => {
        const osc = audio.createOscillator();
        const gain = audio.createGain();
        osc.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, now + i * 0.18);
        gain.gain.exponentialRampToValueAtTime(0.3, now + i * 0.18 + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.18 + 0.16);
        osc.connect(gain).connect(audio.destination);
        osc.start(now + i * 0.18);
        osc.stop(now + i * 0.18 + 0.17);
      });
      Kds.chimes = (Kds.chimes || 0) + 1;
    },

    /**
     * Browsers allow sound only after a tap on the page: the overlay asks for it once. The screen
     * works (silently) before that tap.
     */
    enableSoundOnTap() {
      const overlay = document.getElementById('ak-start');
      if (!overlay) {
        return;
      }
      overlay.addEventListener('click', () => {
        try {
          Kds.audio = new (window.AudioContext || window.webkitAudioContext)();
        } catch (e) {
          Kds.audio = null;
        }
        overlay.remove();
      }, { once: true });
    },
  };

  global.KdsLink = KdsLink;
  global.Kds = Kds;
})(window);
