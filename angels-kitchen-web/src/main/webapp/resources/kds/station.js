/*
 * Angel's Kitchen — a station screen: this station's tickets, live. Tap a line to bump it, tap a
 * ticket's header to bump the ticket. An add-on comes as its own ticket marked ADD-ON; a voided line
 * is struck through and marked VOID, and flashes as an alert if the ticket was already bumped.
 *
 * The bump bar (docs/bump-bar.md): a ticket is always selected while there are tickets; the
 * station's key map (data-bump-bar: keyboard, bumpbar-20, bumpbar-10) says which key moves the
 * selection, bumps, opens the recall list, undoes the last bump or reprints. Digits select the Nth
 * ticket, several digits in a row the 12th or the 31st. Every new ticket flashes and chimes; a late
 * ticket or a cancelled or changed order sounds a repeating alert until acknowledged. Timers count
 * on the server's time (Kds.now), texts come from the page's language (Ak.text).
 */
(function () {
  'use strict';
  const { el, post, elapsed, toast, fill, label } = Kds;

  const root = document.getElementById('ak-station');
  const station = root.dataset.station;
  const warningMinutes = Number(root.dataset.warningMinutes);
  const lateMinutes = Number(root.dataset.lateMinutes);
  const grid = document.getElementById('ak-tickets');
  const allDay = document.getElementById('ak-all-day');
  const recallList = document.getElementById('ak-recall-list');

  /** How long a new ticket flashes, and how long typed digits wait for the next one. */
  const FLASH_MS = 3000;
  const DIGITS_MS = 1500;
  /** The most bumped tickets the recall list shows, newest first. */
  const RECALL_LIST_SIZE = 12;
  /**
   * The most bumped tickets kept for recalling (the list and U), and the most bump outcomes kept for
   * tests: a screen runs all night, and neither may grow with every ticket of it.
   */
  const BUMPED_KEPT = 50;
  const BUMPS_KEPT = 200;

  /**
   * The key maps, as docs/bump-bar.md documents them: e.key (letters lower case) → action. Digits
   * select tickets where the map says so ({@code digits: true}).
   */
  const KEY_MAPS = {
    keyboard: {
      digits: true,
      keys: {
        ArrowLeft: 'previous', ArrowRight: 'next', ArrowUp: 'up', ArrowDown: 'down',
        PageUp: 'pageUp', PageDown: 'pageDown', Home: 'first', End: 'last',
        Enter: 'bump', ' ': 'bump', l: 'bumpLine', r: 'recall', u: 'undo', p: 'reprint',
        Escape: 'escape',
      },
    },
    // A 20-key bar (Logic Controls KB1700/KB9000, QSR-style): 8 select keys sending 1-8, and 12
    // command keys programmed to send the letters A-L.
    'bumpbar-20': {
      digits: true,
      keys: {
        a: 'previous', b: 'next', c: 'up', d: 'down', e: 'pageUp', f: 'pageDown',
        g: 'first', h: 'last', i: 'bumpLine', j: 'bump', k: 'recall', l: 'undo',
        Escape: 'escape', Enter: 'bump',
      },
    },
    // A 10-key bar sending the digits 0-9 (its factory setting): every key is a command.
    'bumpbar-10': {
      digits: false,
      keys: {
        1: 'previous', 2: 'next', 3: 'up', 4: 'down', 5: 'pageUp', 6: 'pageDown',
        7: 'bumpLine', 8: 'bump', 9: 'recall', 0: 'undo', Escape: 'escape',
      },
    },
  };
  const keyMap = KEY_MAPS[root.dataset.bumpBar] || KEY_MAPS.keyboard;

  /** ticketId → { order, ticket, cancelled: reason | null, voided, voidAlert, changed, rev } */
  const tickets = new Map();
  /** Each change to a ticket bumps its revision; unchanged cards keep their DOM node under a finger. */
  let revision = 0;
  const drawn = new Map();
  /** Bumped tickets that may be recalled, oldest first: [{ ticketId, number, bumpedAt, items }] */
  let bumped = [];
  /** The selected ticket's id, and its place in the list (where the next one slides in after a bump). */
  let selected = null;
  let selectedIndex = 0;
  /** The ticket this screen bumped last (U recalls it). */
  let lastBumpedHere = null;
  /** ticketId → when its flash ends (epoch ms). */
  const flashing = new Map();
  /**
   * Late tickets whose alert a cook acknowledged (they stay red, silently), by their card's
   * data-ticket-id (a string); a ticket that leaves the screen is forgotten.
   */
  const lateAcknowledged = new Set();
  /** Typed digits waiting for the next one. */
  let digits = '';
  let digitsTimer = null;
  /** The recall list: open or not, and the chosen entry. */
  let recallOpen = false;
  let recallIndex = 0;
  let flashes = 0;

  const link = new KdsLink(station, {
    snapshot(message) {
      Kds.lowStock.snapshot(message.lowStock);
      tickets.clear();
      bumped = [];
      message.tickets.forEach(({ order, ticket }) => {
        if (ticket.status === 'BUMPED') {
          bumped.push(recallEntry(order, ticket, ticket.bumpedAt));
        } else {
          tickets.set(ticket.ticketId, { order, ticket, cancelled: null, rev: ++revision });
        }
      });
      bumped.sort((a, b) => String(a.bumpedAt).localeCompare(String(b.bumpedAt)));
      keepRecentBumped();
      drawn.clear();
      render();
    },
    event(message) {
      if (message.type === 'StockLevelsChanged') {
        Kds.lowStock.changed(message.data.levels);
        return;
      }
      apply(message.type, message.data);
      render();
    },
    status: Kds.banner,
  });

  /** Keeps the newest BUMPED_KEPT bumped tickets (the list is oldest first). */
  function keepRecentBumped() {
    if (bumped.length > BUMPED_KEPT) bumped = bumped.slice(-BUMPED_KEPT);
  }

  function recallEntry(order, ticket, bumpedAt) {
    return {
      ticketId: ticket.ticketId,
      number: order.orderNumber,
      bumpedAt: bumpedAt || null,
      items: Kds.firstItems(ticket.lines),
    };
  }

  /** A ticket arrives new (placed, fired, added, moved in): it flashes and chimes. */
  function arrived(order, ticket) {
    const isNew = !tickets.has(ticket.ticketId);
    tickets.set(ticket.ticketId, { order, ticket, cancelled: null, rev: ++revision });
    if (isNew) {
      flashes++;
      window.akScreen.flashes = flashes;
      flashing.set(ticket.ticketId, Date.now() + FLASH_MS);
      setTimeout(() => {
        flashing.delete(ticket.ticketId);
        const entry = tickets.get(ticket.ticketId);
        if (entry) {
          entry.rev = ++revision;
          render();
        }
      }, FLASH_MS);
      Kds.chime();
    }
  }

  function apply(type, data) {
    switch (type) {
      case 'OrderPlaced':
      case 'OrderFired':
      case 'OrderAddedTo':
        arrived(data.order, data.ticket);
        break;
      case 'TicketMoved': {
        // Moved away from here: it goes. Moved here: it arrives as new.
        const ticket = data.ticket || {};
        if (data.fromStation === station && ticket.station !== station) {
          tickets.delete(ticket.ticketId);
          bumped = bumped.filter((b) => b.ticketId !== ticket.ticketId);
        } else if (ticket.station === station && data.order) {
          arrived(data.order, ticket);
        }
        break;
      }
      case 'LineBumped': {
        const entry = tickets.get(data.ticketId);
        if (entry) {
          entry.ticket.lines.forEach((l) => {
            if (l.ticketLineId === data.ticketLineId) {
              l.bumped = true;
            }
          });
          entry.rev = ++revision;
        }
        break;
      }
      case 'TicketBumped': {
        const entry = tickets.get(data.ticketId);
        if (entry && !entry.cancelled) {
          tickets.delete(data.ticketId);
          bumped = bumped.filter((b) => b.ticketId !== data.ticketId);
          bumped.push(recallEntry(entry.order, entry.ticket, data.bumpedAt));
          keepRecentBumped();
        }
        break;
      }
      case 'TicketRecalled':
        tickets.set(data.ticket.ticketId, { order: data.order, ticket: data.ticket, cancelled: null, rev: ++revision });
        bumped = bumped.filter((b) => b.ticketId !== data.ticket.ticketId);
        lateAcknowledged.delete(String(data.ticket.ticketId));
        break;
      case 'LineVoided': {
        // Loud, whatever the ticket's state: the cook must not make (or must bin) that line.
        const entry = tickets.get(data.ticket.ticketId);
        if (data.ticket.status === 'OPEN') {
          tickets.set(data.ticket.ticketId, {
            order: data.order, ticket: data.ticket, cancelled: null, voided: data.reason, changed: true, rev: ++revision,
          });
        } else {
          if (entry) tickets.delete(data.ticket.ticketId);
          bumped = bumped.filter((b) => b.ticketId !== data.ticket.ticketId);
          const key = 'void-' + data.ticket.ticketId + '-' + data.orderLineId;
          tickets.set(key, {
            order: data.order,
            ticket: { ...data.ticket, ticketId: key },
            cancelled: null,
            voidAlert: data.reason,
            rev: ++revision,
          });
        }
        break;
      }
      case 'OrderChanged':
        tickets.forEach((entry) => {
          if (entry.order.orderId === data.order.orderId) {
            entry.order = data.order;
            entry.changed = true;
            entry.rev = ++revision;
          }
        });
        break;
      case 'OrderCancelled': {
        let shown = false;
        tickets.forEach((entry) => {
          if (entry.order.orderId === data.orderId) {
            entry.cancelled = data.reason;
            entry.rev = ++revision;
            shown = true;
          }
        });
        if (!shown) {
          tickets.set('cancelled-' + data.orderId, {
            order: { orderId: data.orderId, orderNumber: data.orderNumber },
            ticket: { ticketId: 'cancelled-' + data.orderId, lines: [], firedAt: data.cancelledAt },
            cancelled: data.reason,
            rev: ++revision,
          });
        }
        bumped = bumped.filter((b) => b.number !== data.orderNumber);
        break;
      }
      default:
        break;
    }
  }

  function ordered() {
    return [...tickets.values()].sort((a, b) =>
      (b.order.rush === true) - (a.order.rush === true)
      || String(a.ticket.firedAt).localeCompare(String(b.ticket.firedAt))
      || String(a.ticket.ticketId).localeCompare(String(b.ticket.ticketId), undefined, { numeric: true }));
  }

  /** Keeps a selection while there are tickets: the same ticket, else the one now in its place. */
  function keepSelection(list) {
    if (list.length === 0) {
      selected = null;
      selectedIndex = 0;
      return;
    }
    const at = list.findIndex((e) => e.ticket.ticketId === selected);
    if (at >= 0) {
      selectedIndex = at;
    } else {
      selectedIndex = Math.min(Math.max(0, selectedIndex), list.length - 1);
      selected = list[selectedIndex].ticket.ticketId;
    }
  }

  function render() {
    const now = Kds.now();
    const list = ordered();
    keepSelection(list);
    const cards = list.map((entry, index) => {
      const flash = flashing.has(entry.ticket.ticketId);
      const key = entry.rev + '/' + (index + 1) + '/' + (selected === entry.ticket.ticketId) + '/' + flash;
      const cached = drawn.get(entry.ticket.ticketId);
      if (cached && cached.key === key) {
        return cached.node;
      }
      const node = card(entry, index + 1, now);
      drawn.set(entry.ticket.ticketId, { key, node });
      return node;
    });
    drawn.forEach((value, id) => {
      if (!tickets.has(id)) drawn.delete(id);
    });
    lateAcknowledged.forEach((id) => {
      if (!tickets.has(ticketKey(id))) lateAcknowledged.delete(id);
    });
    grid.replaceChildren(...cards);
    if (cards.length === 0) {
      grid.append(el('p', 'ak-empty', Ak.text('js.kds.noOpenTickets')));
    }
    renderAllDay();
    document.getElementById('ak-recall').disabled = bumped.length === 0;
    const count = document.getElementById('ak-count');
    count.textContent = String(tickets.size);
    if (recallOpen) renderRecallList();
    tick();
  }

  function card(entry, position, now) {
    const { order, ticket, cancelled, voided, voidAlert, changed } = entry;
    const node = el('article', 'ak-ticket');
    node.dataset.ticketId = ticket.ticketId;
    node.dataset.orderNumber = order.orderNumber;
    node.dataset.position = String(position);
    if (order.rush) node.classList.add('ak-rush');
    if (cancelled || voidAlert) node.classList.add('ak-cancelled');
    if (voided || changed) node.classList.add('ak-changed');
    if (ticket.addOn) node.classList.add('ak-add-on');
    if (selected === ticket.ticketId) node.classList.add('ak-selected');
    if (flashing.has(ticket.ticketId)) node.classList.add('ak-flash');

    const header = el('header', 'ak-ticket-header');
    header.append(el('span', 'ak-position', position));
    header.append(el('span', 'ak-number', '#' + order.orderNumber));
    if (order.source) header.append(el('span', 'ak-source ak-source-' + order.source, sourceLabel(order.source)));
    if (order.fulfillment) header.append(el('span', 'ak-fulfillment', fulfillmentLabel(order.fulfillment)));
    if (order.rush) header.append(el('span', 'ak-rush-badge', Ak.text('js.kds.rush')));
    if (ticket.addOn) header.append(el('span', 'ak-add-on-badge', Ak.text('js.kds.addOn')));
    if (ticket.firedAt && !cancelled && !voidAlert) {
      const target = Kds.target(ticket);
      node.dataset.firedAt = ticket.firedAt;
      if (target !== null) {
        node.dataset.targetMinutes = String(target);
        header.append(el('span', 'ak-ticket-target', fill(Ak.text('js.kds.screens.prepMinutes'), target)));
      }
      const time = elapsed(ticket.firedAt, now);
      const timer = el('span', 'ak-timer', time.text);
      timer.dataset.firedAt = ticket.firedAt;
      header.append(timer);
    }
    if (order.customerName) header.append(el('span', 'ak-customer', order.customerName));
    node.append(header);

    if (cancelled) {
      node.append(el('div', 'ak-cancel-banner', fill(Ak.text('js.kds.station.cancelled'), cancelled)));
      node.addEventListener('click', () => acknowledge(ticket.ticketId));
      return node;
    }
    if (voidAlert) {
      node.append(el('div', 'ak-cancel-banner', fill(Ak.text('js.kds.station.voided'), voidAlert)));
      const struck = el('ul', 'ak-lines');
      ticket.lines.filter((l) => l.voided).forEach((line) => struck.append(Kds.lineItem(line)));
      node.append(struck);
      node.addEventListener('click', () => acknowledge(ticket.ticketId));
      return node;
    }
    header.addEventListener('click', () => bumpTicket(ticket.ticketId));
    if (voided) {
      node.append(el('div', 'ak-void-banner', fill(Ak.text('js.kds.station.lineVoided'), voided)));
    } else if (changed) {
      node.append(el('div', 'ak-void-banner', Ak.text('js.kds.screens.orderChanged')));
    }
    if (changed) {
      // A tap anywhere on a changed ticket (not on a line or the header) says the cook saw it.
      node.addEventListener('click', () => acknowledge(ticket.ticketId));
    }

    if (order.allergyAlert) {
      node.append(el('div', 'ak-allergy-alert', fill(Ak.text('js.kds.allergy'), order.allergyAlert)));
    }
    if (order.note) {
      node.append(el('div', 'ak-order-note', order.note));
    }
    const list = el('ul', 'ak-lines');
    ticket.lines.forEach((line) => list.append(Kds.lineItem(line, (l) => bumpLine(ticket.ticketId, l.ticketLineId))));
    node.append(list);
    return node;
  }

  /** An alert card goes; a changed ticket stops alerting and stays. */
  function acknowledge(ticketId) {
    const entry = tickets.get(ticketId);
    if (!entry) return;
    if (entry.cancelled || entry.voidAlert) {
      tickets.delete(ticketId);
    } else {
      entry.changed = false;
      entry.rev = ++revision;
    }
    render();
  }

  function renderAllDay() {
    const totals = new Map();
    tickets.forEach(({ ticket, cancelled, voidAlert }) => {
      if (cancelled || voidAlert) return;
      ticket.lines.filter((l) => !l.bumped && !l.voided).forEach((l) => {
        totals.set(l.kitchenName, (totals.get(l.kitchenName) || 0) + l.quantity);
      });
    });
    const rows = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([name, quantity]) => {
        const row = el('li', 'ak-all-day-row');
        row.append(el('span', 'ak-all-day-qty', quantity), el('span', 'ak-all-day-item', name));
        return row;
      });
    allDay.replaceChildren(...rows);
  }

  /**
   * Every second: the timers, each card's age colour (Kds.age), and whether the alert must sound
   * (a late ticket nobody acknowledged, a cancelled order or a change nobody acknowledged).
   */
  function tick() {
    const now = Kds.now();
    let needsAttention = false;
    grid.querySelectorAll('.ak-ticket').forEach((node) => {
      const timer = node.querySelector('.ak-timer');
      const entry = tickets.get(ticketKey(node.dataset.ticketId));
      if (entry && (entry.cancelled || entry.voidAlert || entry.changed)) {
        needsAttention = true;
      }
      if (!timer) return;
      const time = elapsed(timer.dataset.firedAt, now);
      const target = node.dataset.targetMinutes ? Number(node.dataset.targetMinutes) : null;
      const age = Kds.age(time.seconds, target, warningMinutes, lateMinutes);
      timer.textContent = time.text;
      timer.classList.remove('ak-timer-normal', 'ak-timer-warning', 'ak-timer-late');
      timer.classList.add('ak-timer-' + age);
      Kds.markAge(timer, age);
      Kds.markAge(node, age);
      if (age === 'late' && !lateAcknowledged.has(node.dataset.ticketId)) {
        needsAttention = true;
      }
    });
    Kds.attention(needsAttention);
  }

  /** A card's data-ticket-id back to the map's key (a number, or an alert card's string). */
  function ticketKey(id) {
    return /^\d+$/.test(id) ? Number(id) : id;
  }

  /** The cook saw the late tickets: they stay red, the alert stops until another turns late. */
  function acknowledgeLate() {
    grid.querySelectorAll('.ak-ticket.ak-age-late').forEach((node) => lateAcknowledged.add(String(node.dataset.ticketId)));
  }

  /**
   * The last BUMPS_KEPT bumps this screen asked for and how they ended, newest last (failures are
   * shown to the cook as toasts; tests read window.akScreen.bumps, the same array all night).
   */
  const bumps = [];

  function logBump(outcome) {
    bumps.push(outcome);
    if (bumps.length > BUMPS_KEPT) bumps.splice(0, bumps.length - BUMPS_KEPT);
  }

  async function bumpTicket(ticketId) {
    const entry = tickets.get(ticketId);
    if (entry && (entry.cancelled || entry.voidAlert)) {
      // An alert card (a cancelled order, a line voided after its ticket was bumped): the bump bar
      // acknowledges it as a tap does.
      acknowledge(ticketId);
      return;
    }
    try {
      await post('/api/tickets/' + ticketId + '/bump');
      logBump({ ticketId, ok: true });
      lastBumpedHere = ticketId;
    } catch (e) {
      logBump({ ticketId, ok: false, message: e.message });
      toast(e.message);
    }
  }

  async function bumpLine(ticketId, lineId) {
    try {
      const answer = await post('/api/tickets/' + ticketId + '/lines/' + lineId + '/bump');
      if (answer && answer.ticket && answer.ticket.status === 'BUMPED') {
        lastBumpedHere = ticketId; // its last line: the ticket went, U brings it back
      }
    } catch (e) {
      toast(e.message);
    }
  }

  async function recall(ticketId) {
    try {
      await post('/api/tickets/' + ticketId + '/recall');
      selected = ticketId; // the recalled ticket comes back selected
    } catch (e) {
      bumped = bumped.filter((b) => b.ticketId !== ticketId);
      render();
      toast(e.message);
    }
  }

  /** U: recalls the ticket this screen bumped last, if it can still be recalled. */
  function undo() {
    const last = bumped.find((b) => b.ticketId === lastBumpedHere);
    if (!last) {
      toast(Ak.text('js.kds.nothingToRecall'));
      return;
    }
    lastBumpedHere = null;
    recall(last.ticketId);
  }

  /** The recall list: this station's recently bumped tickets, newest first. */
  function recallEntries() {
    return bumped.slice().reverse().slice(0, RECALL_LIST_SIZE);
  }

  function openRecallList() {
    if (recallEntries().length === 0) {
      toast(Ak.text('js.kds.nothingToRecall'));
      return;
    }
    recallOpen = true;
    recallIndex = 0;
    renderRecallList();
  }

  function closeRecallList() {
    recallOpen = false;
    recallList.hidden = true;
    recallList.replaceChildren();
  }

  function renderRecallList() {
    const entries = recallEntries();
    if (entries.length === 0) {
      closeRecallList();
      return;
    }
    recallIndex = Math.min(recallIndex, entries.length - 1);
    const rows = entries.map((b, i) => {
      const row = el('button', 'ak-recall-entry' + (i === recallIndex ? ' ak-selected' : ''));
      row.type = 'button';
      row.dataset.ticketId = b.ticketId;
      row.dataset.orderNumber = b.number;
      row.append(el('span', 'ak-position', i + 1), el('span', 'ak-number', '#' + b.number));
      if (b.bumpedAt) row.append(el('span', 'ak-recall-time', Kds.clock(b.bumpedAt)));
      row.append(el('span', 'ak-recall-items', b.items));
      row.addEventListener('click', () => {
        closeRecallList();
        recall(b.ticketId);
      });
      return row;
    });
    recallList.replaceChildren(el('h2', null, Ak.text('js.kds.screens.recallTitle')), ...rows,
      el('p', 'ak-recall-help', Ak.text('js.kds.screens.recallHelp')));
    recallList.hidden = false;
  }

  /** Selects the Nth ticket (1-based); false when there is none. */
  function selectPosition(n) {
    const list = ordered();
    if (n < 1 || n > list.length) return false;
    select(list, n - 1);
    return true;
  }

  function select(list, index) {
    if (list.length === 0) return;
    selectedIndex = Math.min(Math.max(0, index), list.length - 1);
    selected = list[selectedIndex].ticket.ticketId;
    render();
    const node = grid.querySelector('.ak-ticket.ak-selected');
    if (node) node.scrollIntoView({ block: 'nearest' });
  }

  /** The card above or below the selected one (Kds.rowMove), and a screenful (Kds.screenful). */
  function rowMove(list, down) {
    return Kds.rowMove([...grid.querySelectorAll('.ak-ticket')], selectedIndex, down);
  }

  function screenful() {
    return Kds.screenful([...grid.querySelectorAll('.ak-ticket')]);
  }

  function typeDigit(digit) {
    clearTimeout(digitsTimer);
    const count = tickets.size;
    let typed = digits + digit;
    if (Number(typed) < 1 || Number(typed) > count) {
      typed = digit; // no such ticket: start again from this digit
    }
    digits = typed;
    root.dataset.digits = digits;
    if (!selectPosition(Number(digits))) {
      digits = '';
    }
    digitsTimer = setTimeout(() => {
      digits = '';
      root.dataset.digits = '';
    }, DIGITS_MS);
  }

  /** What a key does while the recall list is open. */
  function recallKey(action, key) {
    const entries = recallEntries();
    if (keyMap.digits && /^[0-9]$/.test(key) && !keyMap.keys[key]) {
      const n = Number(key);
      if (n >= 1 && n <= entries.length) {
        recallIndex = n - 1;
        renderRecallList();
      }
      return true;
    }
    switch (action) {
      case 'previous':
      case 'up':
        recallIndex = Math.max(0, recallIndex - 1);
        renderRecallList();
        return true;
      case 'next':
      case 'down':
        recallIndex = Math.min(entries.length - 1, recallIndex + 1);
        renderRecallList();
        return true;
      case 'first':
      case 'pageUp':
        recallIndex = 0;
        renderRecallList();
        return true;
      case 'last':
      case 'pageDown':
        recallIndex = entries.length - 1;
        renderRecallList();
        return true;
      case 'bump':
      case 'bumpLine': {
        const chosen = entries[recallIndex];
        closeRecallList();
        if (chosen) recall(chosen.ticketId);
        return true;
      }
      case 'recall':
      case 'escape':
      case 'undo':
        closeRecallList();
        return true;
      default:
        return false;
    }
  }

  function act(action) {
    const list = ordered();
    switch (action) {
      case 'previous': select(list, selectedIndex - 1); break;
      case 'next': select(list, selectedIndex + 1); break;
      case 'up': select(list, rowMove(list, false)); break;
      case 'down': select(list, rowMove(list, true)); break;
      case 'pageUp': select(list, selectedIndex - screenful()); break;
      case 'pageDown': select(list, selectedIndex + screenful()); break;
      case 'first': select(list, 0); break;
      case 'last': select(list, list.length - 1); break;
      case 'bump': {
        const entry = tickets.get(selected);
        if (!entry) break;
        if (entry.changed) {
          acknowledge(selected); // first the cook says they saw the change; the next press bumps
        } else {
          bumpTicket(selected);
        }
        break;
      }
      case 'bumpLine': {
        const entry = tickets.get(selected);
        if (!entry || entry.cancelled || entry.voidAlert) {
          if (entry) acknowledge(selected);
          break;
        }
        const line = entry.ticket.lines.find((l) => !l.bumped && !l.voided);
        if (line) bumpLine(selected, line.ticketLineId);
        break;
      }
      case 'recall': openRecallList(); break;
      case 'undo': undo(); break;
      case 'reprint': Kds.reprint(selected); break;
      case 'escape':
        digits = '';
        root.dataset.digits = '';
        break;
      default:
        break;
    }
  }

  document.getElementById('ak-recall').addEventListener('click', (e) => {
    e.currentTarget.blur();
    if (recallOpen) closeRecallList(); else openRecallList();
  });
  document.getElementById('ak-reprint').addEventListener('click', (e) => {
    e.currentTarget.blur();
    Kds.reprint(selected);
  });
  document.addEventListener('pointerdown', acknowledgeLate);
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.altKey || e.metaKey) return;
    if (Kds.keyForPage(e)) return; // a field, the sound chooser, a button reached with Tab
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const action = keyMap.keys[key];
    const isDigit = keyMap.digits && /^[0-9]$/.test(key) && !action;
    if (!action && !isDigit) return;
    e.preventDefault();
    if (e.repeat && (isDigit || !Kds.repeats(action))) return; // a held key bumps once
    acknowledgeLate();
    if (recallOpen) {
      recallKey(action, key);
      return;
    }
    if (isDigit) {
      typeDigit(key);
    } else {
      act(action);
    }
  });

  function sourceLabel(source) { return label('js.kds.source.', source); }
  function fulfillmentLabel(f) { return label('js.kds.fulfillment.', f); }

  window.akScreen = {
    link,
    tickets,
    bumps,
    flashes: 0,
    /** The selected ticket's id, or null when there are no tickets. */
    selected: () => selected,
    /** The recall list's entries (newest first), for tests. */
    recallable: () => recallEntries().map((b) => b.ticketId),
    keyMap: root.dataset.bumpBar || 'keyboard',
  };
  Kds.startSound();
  setInterval(tick, 1000);
  render();
  link.start();
})();
