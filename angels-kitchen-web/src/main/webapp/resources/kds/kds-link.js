/*
 * Angel's Kitchen — the screens' side of the kitchen push protocol (docs/kds-protocol.md).
 * KdsLink keeps one WebSocket to /ws/kds/{channel} alive: it resumes from the last sequence it
 * applied after every reconnect, drops duplicates, watches heartbeats and reconnects with backoff.
 * It also keeps the server's time (the serverTime of Welcome and Heartbeat): a screen's own clock may
 * be minutes wrong, so every timer on the screens counts from Kds.now(), the server's time.
 * Every text comes from the page's language (Ak.text, resources/i18n/language.js).
 */
(function (global) {
  'use strict';

  const WATCHDOG_MS = 25000;
  // A handshake the server accepts but never answers (a stuck proxy, a request the server drops)
  // is abandoned after this long, not after the full heartbeat watchdog.
  const CONNECT_MS = 5000;
  const PING_MS = 10000;
  const MAX_BACKOFF_MS = 10000;

  /**
   * The server's clock minus this screen's, in milliseconds, from the latest Welcome or Heartbeat
   * (0 until the first arrives). Exact to the message's time on its way, a few milliseconds.
   */
  let clockOffset = 0;

  function heardServerTime(serverTime) {
    const server = Date.parse(serverTime);
    if (!Number.isNaN(server)) {
      clockOffset = server - Date.now();
    }
  }

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
          heardServerTime(message.serverTime);
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
          heardServerTime(message.serverTime);
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
    /** The server's time now, in epoch milliseconds: what every timer counts from. */
    now() {
      return Date.now() + clockOffset;
    },

    /** The server's clock minus this screen's, in milliseconds (for support staff and tests). */
    clockOffset() {
      return clockOffset;
    },

    /**
     * A text's pattern (what Ak.text gives for a key and no values) with its {0}, {1}... filled by
     * values put in exactly as they are: a guest's name, a note or a reason is never altered. As in
     * Java's MessageFormat, the pattern's own doubled apostrophes become one.
     */
    fill(pattern, ...values) {
      return String(pattern).split(/(\{\d+\})/).map((part) => {
        const placeholder = /^\{(\d+)\}$/.exec(part);
        if (placeholder) {
          const n = Number(placeholder[1]);
          return n < values.length ? String(values[n]) : part;
        }
        return part.replace(/''/g, "'");
      }).join('');
    },

    /**
     * The label of a code in the page's language, e.g. label('js.kds.source.', 'UBER_EATS') is
     * "Uber Eats"; a code with no text (a new partner) shows as it is.
     */
    label(prefix, code) {
      const key = prefix + code;
      return Object.prototype.hasOwnProperty.call(global.AkText || {}, key) ? Ak.text(key) : String(code);
    },

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
      let response;
      try {
        response = await fetch(KdsLink.contextPath() + path, {
          method: 'POST',
          credentials: 'same-origin',
          headers,
          body: body ? JSON.stringify(body) : undefined,
        });
      } catch (unreachable) {
        throw new Error(Ak.text('js.kds.offline'));
      }
      const answer = await response.json().catch(() => ({}));
      if (response.status === 401) {
        window.location.reload();
      }
      if (!response.ok) {
        throw new Error(answer.message || Ak.text('js.kds.failed', response.status));
      }
      return answer;
    },

    /** mm:ss since an ISO instant, up to now (the server's time: {@link Kds.now}). */
    elapsed(since, now = Kds.now()) {
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

    /**
     * The low-stock banner (#ak-low-stock): the counted items and ingredients that are out or at or
     * below their warning level, e.g. "Quedan 3: Carne suave". It starts from the snapshot's
     * lowStock and follows the StockLevelsChanged events, which carry only what changed, each with
     * its whole level: an entry whose alert is false (restocked, no longer counted) leaves it.
     */
    lowStock: {
      levels: new Map(),

      snapshot(levels) {
        this.levels.clear();
        (levels || []).forEach((level) => this.put(level));
        this.render();
      },

      changed(levels) {
        (levels || []).forEach((level) => this.put(level));
        this.render();
      },

      put(level) {
        const key = level.kind + ':' + level.code;
        if (level.alert && typeof level.count === 'number') {
          this.levels.set(key, level);
        } else {
          this.levels.delete(key);
        }
      },

      render() {
        const banner = document.getElementById('ak-low-stock');
        if (!banner) {
          return;
        }
        const levels = [...this.levels.values()]
          .sort((a, b) => a.count - b.count || String(a.name).localeCompare(String(b.name)));
        const entries = levels.map((level) => {
          const entry = Kds.el('span', 'ak-low-stock-entry' + (level.count === 0 ? ' ak-low-stock-out' : ''),
            level.count === 0
              ? Kds.fill(Ak.text('js.kds.lowStock.out'), level.name)
              : Kds.fill(Ak.text('js.kds.lowStock.left'), level.count, level.name));
          entry.dataset.kind = level.kind;
          entry.dataset.code = level.code;
          entry.dataset.count = String(level.count);
          return entry;
        });
        banner.replaceChildren(Kds.el('strong', 'ak-low-stock-title', Ak.text('js.kds.lowStock.title')), ...entries);
        banner.hidden = entries.length === 0;
      },
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
