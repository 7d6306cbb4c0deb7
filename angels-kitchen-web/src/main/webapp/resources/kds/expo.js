/*
 * Angel's Kitchen — the expo screen: whole orders, each station's ticket with its lines and
 * modifiers and a ✓ when the station is done. An order turns READY when every station has bumped;
 * tap a READY order (or select it and press Enter) when it is handed out. Held (scheduled) orders
 * wait in a strip with their fire times (in the restaurant's time zone).
 *
 * Keys (docs/bump-bar.md): arrows move between orders, digits pick a station's ticket on the
 * selected order, M moves that ticket to another station, P reprints it, R opens the list of
 * recently bumped tickets to recall one. Timers count on the server's time (Kds.now), ages follow
 * Kds.age with each station's thresholds, texts come from the page's language (Ak.text).
 */
(function () {
  'use strict';
  const { el, post, elapsed, toast, clock, fill, label } = Kds;

  const root = document.getElementById('ak-expo');
  const grid = document.getElementById('ak-orders');
  const heldStrip = document.getElementById('ak-held');
  const recallList = document.getElementById('ak-recall-list');
  const moveMenu = document.getElementById('ak-move-menu');

  const FLASH_MS = 3000;
  /** The most bumped tickets the recall list shows, newest first. */
  const RECALL_LIST_SIZE = 20;

  /** code → { code, name, warningAfterMinutes, lateAfterMinutes }, in the stations' order. */
  const stations = new Map();
  try {
    JSON.parse(root.dataset.stations || '[]').forEach((s) => stations.set(s.code, s));
  } catch (e) {
    // no stations known: the move menu stays empty, station codes show as they are
  }

  /** orderId → { order, status, tickets: Map(ticketId → ticket), cancelled } (add-ons are tickets of their own) */
  const orders = new Map();
  /** Recently bumped tickets, newest first: [{ ticketId, orderId, number, station, bumpedAt, items }] */
  let bumped = [];
  /** The selected order and, on it, the selected ticket (null: the order as a whole). */
  let selectedOrder = null;
  let selectedTicket = null;
  /** The orders flashing as new (for FLASH_MS). */
  const flashing = new Set();
  /**
   * Late station tickets whose alert was acknowledged, by their block's data-ticket-id (a string);
   * a ticket no longer on the screen is forgotten.
   */
  const lateAcknowledged = new Set();
  /** Which list is open: null, 'recall' or 'move'; and the chosen entry in it. */
  let open = null;
  let openIndex = 0;
  let flashes = 0;

  const link = new KdsLink('expo', {
    snapshot(message) {
      Kds.lowStock.snapshot(message.lowStock);
      orders.clear();
      bumped = [];
      message.orders.forEach((o) => {
        orders.set(o.order.orderId, entry(o.order, o.status, o.tickets));
        o.tickets.filter((t) => t.status === 'BUMPED').forEach((t) => remember(o.order, t, t.bumpedAt));
      });
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

  function entry(order, status, tickets) {
    return { order, status, tickets: new Map((tickets || []).map((t) => [t.ticketId, t])), cancelled: null };
  }

  function ticketOf(data) {
    const o = orders.get(data.orderId);
    return o && o.tickets.get(data.ticketId);
  }

  function stationName(code) {
    const s = stations.get(code);
    return s ? s.name : code;
  }

  /** A bumped ticket goes to the top of the recall list. */
  function remember(order, ticket, bumpedAt) {
    bumped = bumped.filter((b) => b.ticketId !== ticket.ticketId);
    bumped.push({
      ticketId: ticket.ticketId,
      orderId: order.orderId,
      number: order.orderNumber,
      station: ticket.station,
      bumpedAt: bumpedAt || ticket.bumpedAt || null,
      items: Kds.firstItems(ticket.lines),
    });
    bumped.sort((a, b) => String(b.bumpedAt).localeCompare(String(a.bumpedAt)));
    bumped = bumped.slice(0, RECALL_LIST_SIZE);
  }

  function arrived(orderId) {
    flashes++;
    window.akScreen.flashes = flashes;
    flashing.add(orderId);
    setTimeout(() => {
      flashing.delete(orderId);
      render();
    }, FLASH_MS);
    Kds.chime();
  }

  function apply(type, data) {
    switch (type) {
      case 'OrderPlaced':
        orders.set(data.order.orderId, entry(data.order, data.status, data.tickets));
        if (data.status !== 'HELD') arrived(data.order.orderId);
        break;
      case 'OrderFired': {
        const o = orders.get(data.order.orderId) || entry(data.order, 'IN_KITCHEN', []);
        o.status = 'IN_KITCHEN';
        data.tickets.forEach((t) => o.tickets.set(t.ticketId, t));
        orders.set(data.order.orderId, o);
        break;
      }
      case 'OrderAddedTo':
      case 'LineVoided': {
        const o = orders.get(data.order.orderId) || entry(data.order, data.status, []);
        o.order = data.order;
        o.status = data.status;
        data.tickets.forEach((t) => o.tickets.set(t.ticketId, t));
        orders.set(data.order.orderId, o);
        if (type === 'OrderAddedTo' && data.status !== 'HELD') arrived(data.order.orderId);
        break;
      }
      case 'OrderChanged': {
        const o = orders.get(data.order.orderId);
        if (o) o.order = data.order;
        break;
      }
      case 'TicketBumped': {
        const t = ticketOf(data);
        if (t) {
          t.status = 'BUMPED';
          t.bumpedAt = data.bumpedAt;
          remember(orders.get(data.orderId).order, t, data.bumpedAt);
        }
        break;
      }
      case 'LineBumped': {
        const t = ticketOf(data);
        if (t) {
          t.lines.forEach((l) => {
            if (l.ticketLineId === data.ticketLineId) l.bumped = true;
          });
        }
        break;
      }
      case 'TicketRecalled': {
        const o = orders.get(data.order.orderId);
        if (o) {
          o.tickets.set(data.ticket.ticketId, data.ticket);
          o.status = data.orderStatus;
        }
        bumped = bumped.filter((b) => b.ticketId !== data.ticket.ticketId);
        lateAcknowledged.delete(String(data.ticket.ticketId));
        break;
      }
      case 'TicketMoved': {
        // The same ticket at another station.
        if (!data.order || !data.ticket) break;
        const o = orders.get(data.order.orderId);
        if (o) {
          o.tickets.set(data.ticket.ticketId, data.ticket);
          if (data.orderStatus) o.status = data.orderStatus;
        }
        break;
      }
      case 'OrderReady': {
        const o = orders.get(data.orderId);
        if (o) o.status = 'READY';
        break;
      }
      case 'OrderCompleted':
        orders.delete(data.orderId);
        bumped = bumped.filter((b) => b.orderId !== data.orderId);
        break;
      case 'OrderCancelled': {
        const o = orders.get(data.orderId);
        if (o) {
          o.cancelled = data.reason;
          o.status = 'CANCELLED';
        }
        bumped = bumped.filter((b) => b.orderId !== data.orderId);
        break;
      }
      default:
        break;
    }
  }

  function active() {
    return [...orders.values()].filter((o) => o.status !== 'HELD')
      .sort((a, b) => (b.order.rush === true) - (a.order.rush === true)
        || String(a.order.placedAt).localeCompare(String(b.order.placedAt)));
  }

  function keepSelection(list) {
    if (list.length === 0) {
      selectedOrder = null;
      selectedTicket = null;
      return;
    }
    const o = orders.get(selectedOrder);
    if (!o || o.status === 'HELD') {
      selectedOrder = list[0].order.orderId;
      selectedTicket = null;
    } else if (selectedTicket !== null && !o.tickets.has(selectedTicket)) {
      selectedTicket = null;
    }
  }

  function render() {
    const now = Kds.now();
    const all = [...orders.values()];
    const held = all.filter((o) => o.status === 'HELD')
      .sort((a, b) => String(a.order.fireAt).localeCompare(String(b.order.fireAt)));
    heldStrip.replaceChildren(...held.map((o) => {
      const chip = el('span', 'ak-held-order');
      chip.dataset.orderNumber = o.order.orderNumber;
      chip.append(el('strong', null, '#' + o.order.orderNumber), el('span', null, ' ' + Ak.text('js.kds.expo.fires', clock(o.order.fireAt))));
      return chip;
    }));
    if (held.length === 0) heldStrip.append(el('span', 'ak-empty', Ak.text('js.kds.expo.noHeld')));

    const list = active();
    keepSelection(list);
    grid.replaceChildren(...list.map((o, i) => card(o, i + 1, now)));
    forgetGoneLate();
    if (list.length === 0) grid.append(el('p', 'ak-empty', Ak.text('js.kds.expo.noOrders')));
    document.getElementById('ak-recall').disabled = bumped.length === 0;
    if (open === 'recall') renderRecallList();
    if (open === 'move') renderMoveMenu();
    tick();
  }

  function card(o, position, now) {
    const node = el('article', 'ak-order ak-order-' + o.status);
    node.dataset.orderNumber = o.order.orderNumber;
    node.dataset.orderId = o.order.orderId;
    node.dataset.status = o.status;
    node.dataset.position = String(position);
    if (selectedOrder === o.order.orderId) node.classList.add('ak-selected');
    if (flashing.has(o.order.orderId)) node.classList.add('ak-flash');
    const header = el('header', 'ak-ticket-header');
    header.append(el('span', 'ak-position', position));
    header.append(el('span', 'ak-number', '#' + o.order.orderNumber));
    if (o.order.source) header.append(el('span', 'ak-source ak-source-' + o.order.source, label('js.kds.source.', o.order.source)));
    if (o.order.rush) header.append(el('span', 'ak-rush-badge', Ak.text('js.kds.rush')));
    const timer = el('span', 'ak-timer', elapsed(o.order.placedAt, now).text);
    timer.dataset.since = o.order.placedAt;
    header.append(timer);
    if (o.order.customerName) header.append(el('span', 'ak-customer', o.order.customerName));
    node.append(header);
    if (o.order.allergyAlert) node.append(el('div', 'ak-allergy-alert', fill(Ak.text('js.kds.allergy'), o.order.allergyAlert)));
    if (o.order.note) node.append(el('div', 'ak-order-note', o.order.note));

    // Each station's chip (done: ✓) and, under it, that station's lines.
    const stationsRow = el('div', 'ak-progress');
    const blocks = el('div', 'ak-station-blocks');
    [...o.tickets.values()].forEach((t, i) => {
      const done = t.status === 'BUMPED';
      const name = stationName(t.station) + (t.addOn ? ' ' + Ak.text('js.kds.addOn') : '');
      const chip = el('span', 'ak-station-chip ak-station-' + t.status + (done ? ' ak-station-done' : ''), name + (done ? ' ✓' : ''));
      chip.dataset.station = t.station;
      chip.dataset.ticketId = t.ticketId;
      chip.title = fill(Ak.text('js.kds.expo.station'), stationName(t.station), label('js.kds.ticketStatus.', t.status));
      stationsRow.append(chip);

      const block = el('section', 'ak-station-block' + (done ? ' ak-station-done' : ''));
      block.dataset.ticketId = t.ticketId;
      block.dataset.stationCode = t.station;
      block.dataset.ticketStatus = t.status;
      if (t.firedAt) block.dataset.firedAt = t.firedAt;
      const target = Kds.target(t);
      if (target !== null) block.dataset.targetMinutes = String(target);
      if (selectedOrder === o.order.orderId && selectedTicket === t.ticketId) block.classList.add('ak-selected');
      const title = el('div', 'ak-station-block-title');
      title.append(el('span', 'ak-position', i + 1), el('span', 'ak-station-name', name));
      if (done) title.append(el('span', 'ak-station-done-mark', '✓'));
      if (target !== null) title.append(el('span', 'ak-ticket-target', fill(Ak.text('js.kds.screens.prepMinutes'), target)));
      block.append(title);
      const lines = el('ul', 'ak-lines');
      (t.lines || []).forEach((line) => lines.append(Kds.lineItem(line)));
      block.append(lines);
      if (o.status !== 'READY' && !o.cancelled) {
        block.addEventListener('click', (e) => {
          e.stopPropagation();
          selectedOrder = o.order.orderId;
          selectedTicket = t.ticketId;
          render();
        });
      }
      blocks.append(block);
    });
    node.append(stationsRow);
    node.append(blocks);
    node.append(el('div', 'ak-order-status', o.cancelled
      ? fill(Ak.text('js.kds.expo.cancelled'), o.cancelled)
      : label('js.kds.orderStatus.', o.status)));
    if (o.status === 'READY') {
      node.addEventListener('click', () => handOut(o.order.orderId));
    } else if (o.cancelled) {
      node.addEventListener('click', () => acknowledge(o.order.orderId));
    } else {
      node.addEventListener('click', () => {
        selectedOrder = o.order.orderId;
        selectedTicket = null;
        render();
      });
    }
    return node;
  }

  function acknowledge(orderId) {
    orders.delete(orderId);
    render();
  }

  async function handOut(orderId) {
    try {
      await post('/api/orders/' + orderId + '/complete');
    } catch (e) {
      toast(e.message);
    }
  }

  /**
   * Every second: the timers, each station's ticket's age (Kds.age with that station's
   * thresholds; the order shows its worst), and the alert for late tickets and cancelled orders.
   */
  function tick() {
    const now = Kds.now();
    let needsAttention = false;
    const rank = { normal: 0, warning: 1, late: 2 };
    grid.querySelectorAll('.ak-order').forEach((node) => {
      const timer = node.querySelector('.ak-ticket-header .ak-timer');
      if (timer) timer.textContent = elapsed(timer.dataset.since, now).text;
      if (node.dataset.status === 'CANCELLED') {
        needsAttention = true;
        return;
      }
      let worst = 'normal';
      node.querySelectorAll('.ak-station-block').forEach((block) => {
        if (block.dataset.ticketStatus !== 'OPEN' || !block.dataset.firedAt) return;
        const s = stations.get(block.dataset.stationCode) || { warningAfterMinutes: 5, lateAfterMinutes: 8 };
        const target = block.dataset.targetMinutes ? Number(block.dataset.targetMinutes) : null;
        const age = Kds.age(elapsed(block.dataset.firedAt, now).seconds, target, s.warningAfterMinutes, s.lateAfterMinutes);
        Kds.markAge(block, age);
        if (rank[age] > rank[worst]) worst = age;
        if (age === 'late' && !lateAcknowledged.has(block.dataset.ticketId)) needsAttention = true;
      });
      Kds.markAge(node, worst);
      if (timer) Kds.markAge(timer, worst);
    });
    Kds.attention(needsAttention);
  }

  /** Drops the acknowledgements of tickets no order on the screen holds any more. */
  function forgetGoneLate() {
    if (lateAcknowledged.size === 0) return;
    const shown = new Set();
    orders.forEach((o) => o.tickets.forEach((t, id) => shown.add(String(id))));
    lateAcknowledged.forEach((id) => {
      if (!shown.has(id)) lateAcknowledged.delete(id);
    });
  }

  function acknowledgeLate() {
    grid.querySelectorAll('.ak-station-block.ak-age-late').forEach((b) => lateAcknowledged.add(b.dataset.ticketId));
  }

  // --- The recall list and the move menu -------------------------------------------------------

  function closeLists() {
    open = null;
    recallList.hidden = true;
    recallList.replaceChildren();
    moveMenu.hidden = true;
    moveMenu.replaceChildren();
  }

  function openRecallList() {
    if (bumped.length === 0) {
      toast(Ak.text('js.kds.nothingToRecall'));
      return;
    }
    closeLists();
    open = 'recall';
    openIndex = 0;
    renderRecallList();
  }

  function renderRecallList() {
    if (bumped.length === 0) {
      closeLists();
      return;
    }
    openIndex = Math.min(openIndex, bumped.length - 1);
    const rows = bumped.map((b, i) => {
      const row = el('button', 'ak-recall-entry' + (i === openIndex ? ' ak-selected' : ''));
      row.type = 'button';
      row.dataset.ticketId = b.ticketId;
      row.dataset.orderNumber = b.number;
      row.append(el('span', 'ak-position', i + 1), el('span', 'ak-number', '#' + b.number),
        el('span', 'ak-recall-station', stationName(b.station)));
      if (b.bumpedAt) row.append(el('span', 'ak-recall-time', clock(b.bumpedAt)));
      row.append(el('span', 'ak-recall-items', b.items));
      row.addEventListener('click', (e) => {
        e.stopPropagation();
        closeLists();
        recall(b.ticketId);
      });
      return row;
    });
    recallList.replaceChildren(el('h2', null, Ak.text('js.kds.screens.recallTitle')), ...rows,
      el('p', 'ak-recall-help', Ak.text('js.kds.screens.recallHelp')));
    recallList.hidden = false;
  }

  async function recall(ticketId) {
    try {
      await post('/api/tickets/' + ticketId + '/recall');
    } catch (e) {
      bumped = bumped.filter((b) => b.ticketId !== ticketId);
      render();
      toast(e.message);
    }
  }

  /** The selected ticket as { order, ticket }, or null. */
  function selection() {
    const o = orders.get(selectedOrder);
    const t = o && selectedTicket !== null ? o.tickets.get(selectedTicket) : null;
    return t ? { order: o, ticket: t } : null;
  }

  function moveTargets() {
    const chosen = selection();
    return chosen ? [...stations.values()].filter((s) => s.code !== chosen.ticket.station) : [];
  }

  function openMoveMenu() {
    const chosen = selection();
    if (!chosen) {
      toast(Ak.text('js.kds.screens.nothingSelected'));
      return;
    }
    if (chosen.ticket.status !== 'OPEN') {
      toast(Ak.text('js.kds.screens.cannotMove'));
      return;
    }
    closeLists();
    open = 'move';
    openIndex = 0;
    renderMoveMenu();
  }

  function renderMoveMenu() {
    const chosen = selection();
    const targets = moveTargets();
    if (!chosen || targets.length === 0) {
      closeLists();
      return;
    }
    openIndex = Math.min(openIndex, targets.length - 1);
    const rows = targets.map((s, i) => {
      const row = el('button', 'ak-move-target' + (i === openIndex ? ' ak-selected' : ''));
      row.type = 'button';
      row.dataset.station = s.code;
      row.append(el('span', 'ak-position', i + 1), el('span', 'ak-station-name', s.name));
      row.addEventListener('click', (e) => {
        e.stopPropagation();
        move(chosen.ticket.ticketId, s.code);
      });
      return row;
    });
    moveMenu.replaceChildren(
      el('h2', null, fill(Ak.text('js.kds.screens.moveTitle'), '#' + chosen.order.order.orderNumber, stationName(chosen.ticket.station))),
      ...rows);
    moveMenu.hidden = false;
  }

  async function move(ticketId, stationCode) {
    closeLists();
    try {
      await post('/api/tickets/' + ticketId + '/move', { station: stationCode });
      toast(fill(Ak.text('js.kds.screens.moved'), stationName(stationCode)));
    } catch (e) {
      toast(e.message);
    }
  }

  // --- Keys --------------------------------------------------------------------------------------

  const KEYS = {
    ArrowLeft: 'previous', ArrowRight: 'next', ArrowUp: 'up', ArrowDown: 'down',
    PageUp: 'pageUp', PageDown: 'pageDown', Home: 'first', End: 'last',
    Enter: 'enter', ' ': 'enter', r: 'recall', m: 'move', p: 'reprint', Escape: 'escape',
  };

  function selectOrder(list, index) {
    if (list.length === 0) return;
    const i = Math.min(Math.max(0, index), list.length - 1);
    selectedOrder = list[i].order.orderId;
    selectedTicket = null;
    render();
    const node = grid.querySelector('.ak-order.ak-selected');
    if (node) node.scrollIntoView({ block: 'nearest' });
  }

  /** The order card above or below the selected one (Kds.rowMove), and a screenful. */
  function rowMove(index, down) {
    return Kds.rowMove([...grid.querySelectorAll('.ak-order')], index, down);
  }

  function screenful() {
    return Kds.screenful([...grid.querySelectorAll('.ak-order')]);
  }

  function listKey(action, key) {
    const size = open === 'recall' ? bumped.length : moveTargets().length;
    const rerender = () => (open === 'recall' ? renderRecallList() : renderMoveMenu());
    if (/^[1-9]$/.test(key)) {
      if (Number(key) <= size) {
        openIndex = Number(key) - 1;
        rerender();
      }
      return;
    }
    switch (action) {
      case 'previous': case 'up': openIndex = Math.max(0, openIndex - 1); rerender(); break;
      case 'next': case 'down': openIndex = Math.min(size - 1, openIndex + 1); rerender(); break;
      case 'first': case 'pageUp': openIndex = 0; rerender(); break;
      case 'last': case 'pageDown': openIndex = size - 1; rerender(); break;
      case 'enter':
        if (open === 'recall') {
          const chosen = bumped[openIndex];
          closeLists();
          if (chosen) recall(chosen.ticketId);
        } else {
          const target = moveTargets()[openIndex];
          const chosen = selection();
          if (target && chosen) move(chosen.ticket.ticketId, target.code);
        }
        break;
      default:
        closeLists();
        break;
    }
  }

  function act(action, key) {
    const list = active();
    const index = Math.max(0, list.findIndex((o) => o.order.orderId === selectedOrder));
    if (/^[1-9]$/.test(key)) {
      // The Nth station ticket of the selected order.
      const o = orders.get(selectedOrder);
      const ticket = o && [...o.tickets.values()][Number(key) - 1];
      if (ticket) {
        selectedTicket = ticket.ticketId;
        render();
      }
      return;
    }
    switch (action) {
      case 'previous': selectOrder(list, index - 1); break;
      case 'next': selectOrder(list, index + 1); break;
      case 'up': selectOrder(list, rowMove(index, false)); break;
      case 'down': selectOrder(list, rowMove(index, true)); break;
      case 'pageUp': selectOrder(list, index - screenful()); break;
      case 'pageDown': selectOrder(list, index + screenful()); break;
      case 'first': selectOrder(list, 0); break;
      case 'last': selectOrder(list, list.length - 1); break;
      case 'enter': {
        const o = orders.get(selectedOrder);
        if (!o) break;
        if (o.status === 'READY') handOut(o.order.orderId);
        else if (o.cancelled) acknowledge(o.order.orderId);
        break;
      }
      case 'recall': openRecallList(); break;
      case 'move': openMoveMenu(); break;
      case 'reprint': {
        const chosen = selection();
        Kds.reprint(chosen ? chosen.ticket.ticketId : null);
        break;
      }
      case 'escape': selectedTicket = null; render(); break;
      default: break;
    }
  }

  document.addEventListener('pointerdown', acknowledgeLate);
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.altKey || e.metaKey) return;
    if (Kds.keyForPage(e)) return; // a field, the sound chooser, a button reached with Tab
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const action = KEYS[key];
    if (!action && !/^[1-9]$/.test(key)) return;
    e.preventDefault();
    if (e.repeat && !Kds.repeats(action)) return; // a held Enter hands out one order, not the next
    acknowledgeLate();
    if (open) {
      if ((open === 'recall' && action === 'recall') || (open === 'move' && action === 'move')) {
        closeLists();
      } else {
        listKey(action, key);
      }
      return;
    }
    act(action, key);
  });
  document.getElementById('ak-recall').addEventListener('click', (e) => {
    e.currentTarget.blur();
    if (open === 'recall') closeLists(); else openRecallList();
  });
  document.getElementById('ak-move').addEventListener('click', (e) => {
    e.currentTarget.blur();
    if (open === 'move') closeLists(); else openMoveMenu();
  });
  document.getElementById('ak-reprint').addEventListener('click', (e) => {
    e.currentTarget.blur();
    const chosen = selection();
    Kds.reprint(chosen ? chosen.ticket.ticketId : null);
  });

  window.akScreen = {
    link,
    orders,
    flashes: 0,
    /** The selected order's id and ticket's id (null: none), for tests. */
    selected: () => ({ orderId: selectedOrder, ticketId: selectedTicket }),
    /** The recall list's tickets, newest first. */
    recallable: () => bumped.map((b) => b.ticketId),
    stations,
  };
  Kds.startSound();
  setInterval(tick, 1000);
  render();
  link.start();
})();
