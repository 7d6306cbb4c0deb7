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
  /** How often the alert repeats while a ticket is late or a cancelled or changed order waits. */
  const ALERT_REPEAT_MS = 20000;

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

    /**
     * Where up or down on a bump bar lands: among the cards (in screen order) the nearest row
     * above or below the card at {@code index}, and in it the card closest to straight above or
     * below; {@code index} itself when there is no such row.
     */
    rowMove(nodes, index, down) {
      const current = nodes[index];
      if (!current) return index;
      const here = current.getBoundingClientRect();
      const centre = here.left + here.width / 2;
      const candidates = nodes
        .map((node, i) => ({ i, rect: node.getBoundingClientRect() }))
        .filter(({ rect }) => (down ? rect.top >= here.bottom - 1 : rect.bottom <= here.top + 1));
      if (candidates.length === 0) return index;
      const rowTop = down
        ? Math.min(...candidates.map((c) => c.rect.top))
        : Math.max(...candidates.map((c) => c.rect.top));
      const row = candidates.filter((c) => Math.abs(c.rect.top - rowTop) < 2);
      const offCentre = (c) => Math.abs(c.rect.left + c.rect.width / 2 - centre);
      row.sort((a, b) => offCentre(a) - offCentre(b));
      return row[0].i;
    },

    /** How many cards a screenful holds (page up / page down): those at least partly in view. */
    screenful(nodes) {
      return Math.max(1, nodes.filter((node) => {
        const rect = node.getBoundingClientRect();
        return rect.bottom > 0 && rect.top < window.innerHeight;
      }).length);
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

    /**
     * How late a ticket is, one rule for the station and the expo: with a prep time target it turns
     * warning at the target and late as many minutes after it as the station allows between its
     * warning and late thresholds; without one, at the station's warning and late minutes.
     * @return 'normal', 'warning' or 'late'
     */
    age(elapsedSeconds, targetMinutes, warningMinutes, lateMinutes) {
      const hasTarget = typeof targetMinutes === 'number' && targetMinutes > 0;
      const warnAt = (hasTarget ? targetMinutes : warningMinutes) * 60;
      const lateAt = (hasTarget ? targetMinutes + (lateMinutes - warningMinutes) : lateMinutes) * 60;
      if (elapsedSeconds >= lateAt) return 'late';
      if (elapsedSeconds >= warnAt) return 'warning';
      return 'normal';
    },

    /** A ticket's prep time target: the longest of its live lines' (minutes), or null for none. */
    target(ticket) {
      const minutes = (ticket.lines || [])
        .filter((l) => !l.voided && typeof l.prepMinutes === 'number' && l.prepMinutes > 0)
        .map((l) => l.prepMinutes);
      return minutes.length ? Math.max(...minutes) : null;
    },

    /** Puts an element in one of the age classes (ak-age-normal, -warning, -late). */
    markAge(node, age) {
      node.classList.remove('ak-age-normal', 'ak-age-warning', 'ak-age-late');
      node.classList.add('ak-age-' + age);
    },

    /**
     * One ticket line as the station and the expo show it: quantity, kitchen name, the prep time
     * target, the choices, "- removed" in red, "+ added" in blue, the note and the allergens.
     * {@code onTap}, when given, is what a tap on the line does (the station bumps it).
     */
    lineItem(line, onTap) {
      const item = Kds.el('li', 'ak-line');
      item.dataset.ticketLineId = line.ticketLineId;
      if (line.bumped) item.classList.add('ak-line-bumped');
      if (line.voided) item.classList.add('ak-line-voided');
      if (line.unmapped) item.classList.add('ak-line-unmapped');
      const title = Kds.el('div', 'ak-line-title');
      title.append(Kds.el('span', 'ak-qty', line.quantity + '×'));
      title.append(Kds.el('span', 'ak-item', line.kitchenName));
      if (line.bundle) title.append(Kds.el('span', 'ak-bundle-tag', line.bundle));
      if (line.voided) title.append(Kds.el('span', 'ak-void-badge', Ak.text('js.kds.void')));
      if (typeof line.prepMinutes === 'number' && line.prepMinutes > 0) {
        const target = Kds.el('span', 'ak-prep-target', Kds.fill(Ak.text('js.kds.screens.prepMinutes'), line.prepMinutes));
        target.dataset.prepMinutes = String(line.prepMinutes);
        title.append(target);
      }
      item.append(title);
      if (line.unmapped) {
        item.append(Kds.el('div', 'ak-unmapped', Ak.text('js.kds.unmapped')));
      }
      (line.choices || []).forEach((text) => item.append(Kds.el('div', 'ak-mod ak-mod-chosen', '› ' + text)));
      (line.removed || []).forEach((name) => item.append(Kds.el('div', 'ak-mod ak-mod-removed', '- ' + name)));
      (line.added || []).forEach((name) => item.append(Kds.el('div', 'ak-mod ak-mod-added', '+ ' + name)));
      if (line.note) item.append(Kds.el('div', 'ak-line-note', line.note));
      if (line.allergens && line.allergens.length) {
        const badges = Kds.el('div', 'ak-allergens');
        line.allergens.forEach((a) => badges.append(Kds.el('span', 'ak-allergen ak-allergen-' + a, Kds.label('js.kds.allergen.', a))));
        item.append(badges);
      }
      if (onTap && !line.bumped && !line.voided) {
        item.addEventListener('click', (e) => {
          e.stopPropagation();
          onTap(line);
        });
      }
      return item;
    },

    /** The first items of a ticket, for a recall list entry: "2× Carne, 1× Humita…". */
    firstItems(lines, count = 3) {
      const live = (lines || []).filter((l) => !l.voided);
      const shown = live.slice(0, count).map((l) => l.quantity + '× ' + l.kitchenName).join(', ');
      return live.length > count ? shown + '…' : shown;
    },

    /** Reprints a ticket on its station's printer; says so, or why not. */
    async reprint(ticketId) {
      if (ticketId === null || ticketId === undefined || !/^\d+$/.test(String(ticketId))) {
        Kds.toast(Ak.text('js.kds.screens.nothingSelected'));
        return;
      }
      try {
        await Kds.post('/api/tickets/' + ticketId + '/print');
        Kds.toast(Ak.text('js.kds.screens.reprinted'));
      } catch (e) {
        Kds.toast(e.message);
      }
    },

    /** New-ticket chimes played into a running AudioContext (for tests and support staff). */
    chimes: 0,
    /** Alert sounds played into a running AudioContext. */
    alerts: 0,
    /** True while the repeating alert is on (a late ticket, a cancelled or changed order). */
    alerting: false,

    /**
     * The screen's sound: the choice kept with the device login (body's data-sound: chime, bell,
     * off, or empty before the first choice) and the AudioContext that plays it.
     */
    audio: {
      sound: '',
      context: null,
      /** 'running', 'suspended' (the browser waits for a key or a tap), 'off', or 'none'. */
      get state() {
        if (this.sound === 'off') return 'off';
        return this.context ? this.context.state : 'none';
      },
    },

    /** Plays tones into the running AudioContext; false when the sound is off or still held back. */
    tones(notes) {
      const audio = Kds.audio;
      if (!audio.context || audio.sound === 'off' || audio.context.state !== 'running') {
        return false;
      }
      const context = audio.context;
      const start = context.currentTime;
      notes.forEach(([frequency, at, length, type]) => {
        const osc = context.createOscillator();
        const gain = context.createGain();
        osc.type = type || 'sine';
        osc.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, start + at);
        gain.gain.exponentialRampToValueAtTime(0.3, start + at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + at + length);
        osc.connect(gain).connect(context.destination);
        osc.start(start + at);
        osc.stop(start + at + length + 0.01);
      });
      return true;
    },

    /** The new-ticket sound: a bright two-tone chime, or a lower, longer bell. */
    chime() {
      const notes = Kds.audio.sound === 'bell'
        ? [[660, 0, 0.9], [1320, 0, 0.6]]
        : [[880, 0, 0.16], [1320, 0.18, 0.16]];
      if (Kds.tones(notes)) {
        Kds.chimes++;
      }
    },

    /** The alert: three hard, falling square-wave pulses, unlike any chime. */
    alertSound() {
      if (Kds.tones([[988, 0, 0.14, 'square'], [784, 0.2, 0.14, 'square'], [587, 0.4, 0.22, 'square']])) {
        Kds.alerts++;
      }
    },

    /**
     * Turns the repeating alert on or off: it sounds at once, then every 20 s while {@code needed}
     * (a screen calls this after every change and every second).
     */
    attention(needed) {
      if (needed && !Kds.alerting) {
        Kds.alerting = true;
        Kds.alertSound();
        Kds.alertTimer = setInterval(Kds.alertSound, ALERT_REPEAT_MS);
      } else if (!needed && Kds.alerting) {
        Kds.alerting = false;
        clearInterval(Kds.alertTimer);
      }
      document.documentElement.dataset.alerting = String(Kds.alerting);
    },

    /**
     * Starts the screen's sound from the choice the page was rendered with. A chosen sound gets
     * its AudioContext at once: a kiosk browser started with --autoplay-policy=no-user-gesture-required
     * plays right away; any other keeps it suspended until the first key press (a bump bar key
     * counts) or tap, and shows a hint until then. Before the first choice, #ak-start asks for one
     * and keeps it with the device login (PUT /api/screen/sound).
     */
    startSound() {
      const chosen = (document.body && document.body.dataset.sound) || '';
      Kds.audio.sound = chosen;
      const chooser = document.getElementById('ak-start');
      if (chosen === '') {
        if (chooser) {
          chooser.hidden = false;
          Kds.chooserKeys(chooser);
          chooser.querySelectorAll('[data-sound-choice]').forEach((button) => {
            button.tabIndex = 0;
            button.addEventListener('click', (e) => {
              e.stopPropagation();
              Kds.chooseSound(button.dataset.soundChoice);
            });
          });
        }
        return;
      }
      if (chosen !== 'off') {
        Kds.openAudio();
      }
    },

    /** Keeps a sound choice (chime, bell, off) with this device and starts it; the chooser goes. */
    async chooseSound(sound) {
      Kds.audio.sound = sound;
      document.body.dataset.sound = sound;
      if (sound !== 'off') {
        Kds.openAudio(); // within the tap: the browser lets it play
      }
      const chooser = document.getElementById('ak-start');
      if (chooser) chooser.hidden = true;
      if (document.body.dataset.soundKept !== 'true') {
        return; // the public board: nobody signed in to keep it for
      }
      try {
        await Kds.send('PUT', '/api/screen/sound', { sound });
      } catch (e) {
        Kds.toast(e.message);
      }
    },

    openAudio() {
      if (!Kds.audio.context) {
        try {
          Kds.audio.context = new (window.AudioContext || window.webkitAudioContext)();
        } catch (e) {
          Kds.audio.context = null;
          return;
        }
      }
      const context = Kds.audio.context;
      const hint = document.getElementById('ak-sound-hint');
      const wake = () => {
        context.resume().then(show, show);
      };
      const show = () => {
        const running = context.state === 'running';
        document.documentElement.dataset.audio = context.state;
        if (hint) hint.hidden = running || Kds.audio.sound === 'off';
        if (running) {
          document.removeEventListener('keydown', wake, true);
          document.removeEventListener('pointerdown', wake, true);
        }
      };
      context.onstatechange = show;
      if (context.state !== 'running') {
        document.addEventListener('keydown', wake, true);
        document.addEventListener('pointerdown', wake, true);
        context.resume().then(show, () => {});
      }
      show();
    },

    /** {@link Kds.post} for another method (PUT, DELETE). */
    async send(method, path, body) {
      const response = await fetch(KdsLink.contextPath() + path, {
        method,
        credentials: 'same-origin',
        headers: { 'X-Kitchen-Client': 'kds', 'Content-Type': 'application/json' },
        body: body ? JSON.stringify(body) : undefined,
      }).catch(() => {
        throw new Error(Ak.text('js.kds.offline'));
      });
      const answer = await response.json().catch(() => ({}));
      if (!response.ok) {
        throw new Error(answer.message || Ak.text('js.kds.failed', response.status));
      }
      return answer;
    },

    /**
     * True when a key press belongs to what has the focus, not to the screen's keys: a field, the
     * sound chooser (#ak-start), or a button reached with Tab (a tapped button keeps no keyboard
     * focus that matters: the screens' own buttons let it go, and a bump bar's Enter must still
     * bump then).
     */
    keyForPage(e) {
      const target = e.target;
      if (!target || !target.tagName) return false;
      if (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA') return true;
      if (target.closest && target.closest('#ak-start')) return true;
      if (target.tagName === 'BUTTON') {
        try {
          return target.matches(':focus-visible');
        } catch (unsupported) {
          return false;
        }
      }
      return false;
    },

    /**
     * Whether a held key may repeat an action: moving the selection may, anything else (a bump, a
     * recall, a digit) happens once per press, so a held Enter or a bump bar that repeats never
     * bumps the next ticket too.
     */
    repeats(action) {
      return ['previous', 'next', 'up', 'down', 'pageUp', 'pageDown', 'first', 'last'].includes(action);
    },

    /**
     * Arrow keys (and Home, End) move between the sound chooser's buttons, so a keyboard or a bump
     * bar with arrows can choose once the chooser has the focus (Tab, or a tap); Enter or Space
     * then presses the button as usual.
     */
    chooserKeys(chooser) {
      chooser.addEventListener('keydown', (e) => {
        const buttons = [...chooser.querySelectorAll('[data-sound-choice]')];
        const at = buttons.indexOf(document.activeElement);
        let to = null;
        if (e.key === 'ArrowRight' || e.key === 'ArrowDown') to = (at + 1) % buttons.length;
        else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') to = at <= 0 ? buttons.length - 1 : at - 1;
        else if (e.key === 'Home') to = 0;
        else if (e.key === 'End') to = buttons.length - 1;
        if (to === null || buttons.length === 0) return;
        e.preventDefault();
        buttons[to].focus();
      });
    },

    /** Older pages called this; the sound now starts from the kept choice. */
    enableSoundOnTap() {
      Kds.startSound();
    },
  };

  global.KdsLink = KdsLink;
  global.Kds = Kds;
})(window);
