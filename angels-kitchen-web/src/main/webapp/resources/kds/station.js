/*
 * Angel's Kitchen — a station screen: this station's tickets, live. Tap a line to bump it, tap a
 * ticket's header to bump the ticket. An add-on comes as its own ticket marked ADD-ON; a voided line
 * is struck through and marked VOID, and flashes as an alert if the ticket was already bumped; bump bar: digits select a ticket, Enter bumps it, R recalls
 * the last bumped ticket. Timers count on the server's time (Kds.now), texts come from the page's
 * language (Ak.text).
 */
(function () {
  'use strict';
  const { el, post, elapsed, toast, fill, label } = Kds;

  const root = document.getElementById('ak-station');
  const station = root.dataset.station;
  const warnAfter = Number(root.dataset.warningMinutes) * 60;
  const lateAfter = Number(root.dataset.lateMinutes) * 60;
  const grid = document.getElementById('ak-tickets');
  const allDay = document.getElementById('ak-all-day');

  /** ticketId → { order, ticket, cancelled: reason | null } */
  const tickets = new Map();
  /** Each change to a ticket bumps its revision; unchanged cards keep their DOM node under a finger. */
  let revision = 0;
  const drawn = new Map();
  /** Bumped tickets that may be recalled, most recent last: [{ ticketId, number }] */
  let bumped = [];
  let selected = null;

  const link = new KdsLink(station, {
    snapshot(message) {
      Kds.lowStock.snapshot(message.lowStock);
      tickets.clear();
      bumped = [];
      message.tickets.forEach(({ order, ticket }) => {
        if (ticket.status === 'BUMPED') {
          bumped.push({ ticketId: ticket.ticketId, number: order.orderNumber });
        } else {
          tickets.set(ticket.ticketId, { order, ticket, cancelled: null, rev: ++revision });
        }
      });
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

  function apply(type, data) {
    switch (type) {
      case 'OrderPlaced':
      case 'OrderFired':
      case 'OrderAddedTo': {
        const isNew = !tickets.has(data.ticket.ticketId);
        tickets.set(data.ticket.ticketId, { order: data.order, ticket: data.ticket, cancelled: null, rev: ++revision });
        if (isNew) {
          Kds.chime();
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
          bumped.push({ ticketId: data.ticketId, number: data.orderNumber });
        }
        break;
      }
      case 'TicketRecalled':
        tickets.set(data.ticket.ticketId, { order: data.order, ticket: data.ticket, cancelled: null, rev: ++revision });
        bumped = bumped.filter((b) => b.ticketId !== data.ticket.ticketId);
        break;
      case 'LineVoided': {
        // Loud, whatever the ticket's state: the cook must not make (or must bin) that line.
        const entry = tickets.get(data.ticket.ticketId);
        if (data.ticket.status === 'OPEN') {
          tickets.set(data.ticket.ticketId, {
            order: data.order, ticket: data.ticket, cancelled: null, voided: data.reason, rev: ++revision,
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
        Kds.chime();
        break;
      }
      case 'OrderChanged':
        tickets.forEach((entry) => {
          if (entry.order.orderId === data.order.orderId) {
            entry.order = data.order;
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

  function render() {
    const now = Kds.now();
    const cards = ordered().map((entry, index) => {
      const key = entry.rev + '/' + (index + 1) + '/' + (selected === entry.ticket.ticketId);
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
    grid.replaceChildren(...cards);
    if (cards.length === 0) {
      grid.append(el('p', 'ak-empty', Ak.text('js.kds.noOpenTickets')));
    }
    renderAllDay();
    document.getElementById('ak-recall').disabled = bumped.length === 0;
    const count = document.getElementById('ak-count');
    count.textContent = String(tickets.size);
  }

  function card({ order, ticket, cancelled, voided, voidAlert }, position, now) {
    const node = el('article', 'ak-ticket');
    node.dataset.ticketId = ticket.ticketId;
    node.dataset.orderNumber = order.orderNumber;
    if (order.rush) node.classList.add('ak-rush');
    if (cancelled || voidAlert) node.classList.add('ak-cancelled');
    if (voided) node.classList.add('ak-changed');
    if (ticket.addOn) node.classList.add('ak-add-on');
    if (selected === ticket.ticketId) node.classList.add('ak-selected');

    const header = el('header', 'ak-ticket-header');
    header.append(el('span', 'ak-position', position <= 9 ? position : ''));
    header.append(el('span', 'ak-number', '#' + order.orderNumber));
    if (order.source) header.append(el('span', 'ak-source ak-source-' + order.source, sourceLabel(order.source)));
    if (order.fulfillment) header.append(el('span', 'ak-fulfillment', fulfillmentLabel(order.fulfillment)));
    if (order.rush) header.append(el('span', 'ak-rush-badge', Ak.text('js.kds.rush')));
    if (ticket.addOn) header.append(el('span', 'ak-add-on-badge', Ak.text('js.kds.addOn')));
    if (ticket.firedAt && !cancelled && !voidAlert) {
      const time = elapsed(ticket.firedAt, now);
      const timer = el('span', 'ak-timer', time.text);
      timer.dataset.firedAt = ticket.firedAt;
      timer.classList.add(timerClass(time.seconds));
      header.append(timer);
    }
    if (order.customerName) header.append(el('span', 'ak-customer', order.customerName));
    node.append(header);

    if (cancelled) {
      node.append(el('div', 'ak-cancel-banner', fill(Ak.text('js.kds.station.cancelled'), cancelled)));
      node.addEventListener('click', () => {
        tickets.delete(ticket.ticketId);
        render();
      });
      return node;
    }
    if (voidAlert) {
      node.append(el('div', 'ak-cancel-banner', fill(Ak.text('js.kds.station.voided'), voidAlert)));
      const struck = el('ul', 'ak-lines');
      ticket.lines.filter((l) => l.voided).forEach((line) => struck.append(lineItem(ticket.ticketId, line)));
      node.append(struck);
      node.addEventListener('click', () => {
        tickets.delete(ticket.ticketId);
        render();
      });
      return node;
    }
    header.addEventListener('click', () => bumpTicket(ticket.ticketId));
    if (voided) {
      node.append(el('div', 'ak-void-banner', fill(Ak.text('js.kds.station.lineVoided'), voided)));
    }

    if (order.allergyAlert) {
      node.append(el('div', 'ak-allergy-alert', fill(Ak.text('js.kds.allergy'), order.allergyAlert)));
    }
    if (order.note) {
      node.append(el('div', 'ak-order-note', order.note));
    }
    const list = el('ul', 'ak-lines');
    ticket.lines.forEach((line) => list.append(lineItem(ticket.ticketId, line)));
    node.append(list);
    return node;
  }

  function lineItem(ticketId, line) {
    const item = el('li', 'ak-line');
    item.dataset.ticketLineId = line.ticketLineId;
    if (line.bumped) item.classList.add('ak-line-bumped');
    if (line.voided) item.classList.add('ak-line-voided');
    if (line.unmapped) item.classList.add('ak-line-unmapped');
    const title = el('div', 'ak-line-title');
    title.append(el('span', 'ak-qty', line.quantity + '×'));
    title.append(el('span', 'ak-item', line.kitchenName));
    if (line.bundle) title.append(el('span', 'ak-bundle-tag', line.bundle));
    if (line.voided) title.append(el('span', 'ak-void-badge', Ak.text('js.kds.void')));
    item.append(title);
    if (line.unmapped) {
      item.append(el('div', 'ak-unmapped', Ak.text('js.kds.unmapped')));
    }
    (line.choices || []).forEach((text) => item.append(el('div', 'ak-mod ak-mod-chosen', '› ' + text)));
    (line.removed || []).forEach((name) => item.append(el('div', 'ak-mod ak-mod-removed', '- ' + name)));
    (line.added || []).forEach((name) => item.append(el('div', 'ak-mod ak-mod-added', '+ ' + name)));
    if (line.note) item.append(el('div', 'ak-line-note', line.note));
    if (line.allergens && line.allergens.length) {
      const badges = el('div', 'ak-allergens');
      line.allergens.forEach((a) => badges.append(el('span', 'ak-allergen ak-allergen-' + a, label('js.kds.allergen.', a))));
      item.append(badges);
    }
    if (!line.bumped && !line.voided) {
      item.addEventListener('click', (e) => {
        e.stopPropagation();
        bumpLine(ticketId, line.ticketLineId);
      });
    }
    return item;
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

  function timerClass(seconds) {
    if (seconds >= lateAfter) return 'ak-timer-late';
    if (seconds >= warnAfter) return 'ak-timer-warning';
    return 'ak-timer-normal';
  }

  function tick() {
    const now = Kds.now();
    grid.querySelectorAll('.ak-timer').forEach((timer) => {
      const time = elapsed(timer.dataset.firedAt, now);
      timer.textContent = time.text;
      timer.classList.remove('ak-timer-normal', 'ak-timer-warning', 'ak-timer-late');
      timer.classList.add(timerClass(time.seconds));
    });
  }

  /** Every bump this screen asked for and how it ended, newest last (shown to the cook as toasts). */
  const bumps = [];

  async function bumpTicket(ticketId) {
    const entry = tickets.get(ticketId);
    if (entry && (entry.cancelled || entry.voidAlert)) {
      // An alert card (a cancelled order, a line voided after its ticket was bumped): the bump bar
      // acknowledges it as a tap does.
      tickets.delete(ticketId);
      selected = null;
      render();
      return;
    }
    try {
      await post('/api/tickets/' + ticketId + '/bump');
      bumps.push({ ticketId, ok: true });
      selected = null;
    } catch (e) {
      bumps.push({ ticketId, ok: false, message: e.message });
      toast(e.message);
    }
  }

  async function bumpLine(ticketId, lineId) {
    try {
      await post('/api/tickets/' + ticketId + '/lines/' + lineId + '/bump');
    } catch (e) {
      toast(e.message);
    }
  }

  async function recall() {
    const last = bumped[bumped.length - 1];
    if (!last) {
      toast(Ak.text('js.kds.nothingToRecall'));
      return;
    }
    try {
      await post('/api/tickets/' + last.ticketId + '/recall');
    } catch (e) {
      bumped = bumped.filter((b) => b.ticketId !== last.ticketId);
      render();
      toast(e.message);
    }
  }

  document.getElementById('ak-recall').addEventListener('click', recall);
  document.addEventListener('keydown', (e) => {
    if (e.key >= '1' && e.key <= '9') {
      const entry = ordered()[Number(e.key) - 1];
      selected = entry ? entry.ticket.ticketId : null;
      render();
    } else if (e.key === 'Enter' && selected !== null) {
      bumpTicket(selected);
    } else if (e.key === 'r' || e.key === 'R') {
      recall();
    } else if (e.key === 'Escape') {
      selected = null;
      render();
    }
  });

  function sourceLabel(source) { return label('js.kds.source.', source); }
  function fulfillmentLabel(f) { return label('js.kds.fulfillment.', f); }

  Kds.enableSoundOnTap();
  setInterval(tick, 1000);
  render();
  link.start();
  window.akScreen = { link, tickets, bumps };
})();
