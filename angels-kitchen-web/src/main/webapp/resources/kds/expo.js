/*
 * Angel's Kitchen — the expo screen: whole orders with each station's progress. An order turns
 * READY when every station has bumped; tap a READY order when it is handed out. Held (scheduled)
 * orders wait in a strip with their fire times (in the restaurant's time zone). Timers count on the
 * server's time (Kds.now), texts come from the page's language (Ak.text).
 */
(function () {
  'use strict';
  const { el, post, elapsed, toast, clock, fill, label } = Kds;

  const grid = document.getElementById('ak-orders');
  const heldStrip = document.getElementById('ak-held');

  /** orderId → { order, status, tickets: Map(ticketId → ticket), cancelled } (add-ons are tickets of their own) */
  const orders = new Map();

  const link = new KdsLink('expo', {
    snapshot(message) {
      Kds.lowStock.snapshot(message.lowStock);
      orders.clear();
      message.orders.forEach((o) => orders.set(o.order.orderId, entry(o.order, o.status, o.tickets)));
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
    return { order, status, tickets: new Map(tickets.map((t) => [t.ticketId, t])), cancelled: null };
  }

  function ticketOf(data) {
    const o = orders.get(data.orderId);
    return o && o.tickets.get(data.ticketId);
  }

  function apply(type, data) {
    switch (type) {
      case 'OrderPlaced':
        orders.set(data.order.orderId, entry(data.order, data.status, data.tickets));
        if (data.status !== 'HELD') Kds.chime();
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
        if (type === 'OrderAddedTo' && data.status !== 'HELD') Kds.chime();
        break;
      }
      case 'OrderChanged': {
        const o = orders.get(data.order.orderId);
        if (o) o.order = data.order;
        break;
      }
      case 'TicketBumped': {
        const t = ticketOf(data);
        if (t) t.status = 'BUMPED';
        break;
      }
      case 'TicketRecalled': {
        const o = orders.get(data.order.orderId);
        if (o) {
          o.tickets.set(data.ticket.ticketId, data.ticket);
          o.status = data.orderStatus;
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
        break;
      case 'OrderCancelled': {
        const o = orders.get(data.orderId);
        if (o) {
          o.cancelled = data.reason;
          o.status = 'CANCELLED';
        }
        break;
      }
      default:
        break;
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

    const active = all.filter((o) => o.status !== 'HELD')
      .sort((a, b) => (b.order.rush === true) - (a.order.rush === true)
        || String(a.order.placedAt).localeCompare(String(b.order.placedAt)));
    grid.replaceChildren(...active.map((o) => card(o, now)));
    if (active.length === 0) grid.append(el('p', 'ak-empty', Ak.text('js.kds.expo.noOrders')));
  }

  function card(o, now) {
    const node = el('article', 'ak-order ak-order-' + o.status);
    node.dataset.orderNumber = o.order.orderNumber;
    node.dataset.status = o.status;
    const header = el('header', 'ak-ticket-header');
    header.append(el('span', 'ak-number', '#' + o.order.orderNumber));
    if (o.order.source) header.append(el('span', 'ak-source ak-source-' + o.order.source, label('js.kds.source.', o.order.source)));
    if (o.order.rush) header.append(el('span', 'ak-rush-badge', Ak.text('js.kds.rush')));
    const timer = el('span', 'ak-timer', elapsed(o.order.placedAt, now).text);
    timer.dataset.since = o.order.placedAt;
    header.append(timer);
    if (o.order.customerName) header.append(el('span', 'ak-customer', o.order.customerName));
    node.append(header);
    if (o.order.allergyAlert) node.append(el('div', 'ak-allergy-alert', fill(Ak.text('js.kds.allergy'), o.order.allergyAlert)));
    const stations = el('div', 'ak-progress');
    o.tickets.forEach((t) => {
      const station = t.station;
      const name = station + (t.addOn ? ' ' + Ak.text('js.kds.addOn') : '');
      const chip = el('span', 'ak-station-chip ak-station-' + t.status, name + (t.status === 'BUMPED' ? ' ✓' : ''));
      chip.dataset.station = station;
      chip.title = fill(Ak.text('js.kds.expo.station'), station, label('js.kds.ticketStatus.', t.status));
      stations.append(chip);
    });
    node.append(stations);
    node.append(el('div', 'ak-order-status', o.cancelled
      ? fill(Ak.text('js.kds.expo.cancelled'), o.cancelled)
      : label('js.kds.orderStatus.', o.status)));
    if (o.status === 'READY') {
      node.addEventListener('click', () => handOut(o.order.orderId));
    } else if (o.cancelled) {
      node.addEventListener('click', () => {
        orders.delete(o.order.orderId);
        render();
      });
    }
    return node;
  }

  async function handOut(orderId) {
    try {
      await post('/api/orders/' + orderId + '/complete');
    } catch (e) {
      toast(e.message);
    }
  }

  /** Only the timers move between events: the cards stay put under a finger. */
  function tick() {
    const now = Kds.now();
    grid.querySelectorAll('.ak-timer').forEach((t) => {
      t.textContent = elapsed(t.dataset.since, now).text;
    });
  }

  Kds.enableSoundOnTap();
  setInterval(tick, 1000);
  render();
  link.start();
  window.akScreen = { link, orders };
})();
