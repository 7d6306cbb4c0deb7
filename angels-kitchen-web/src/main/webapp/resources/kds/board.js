/*
 * Angel's Kitchen — the customers' board: order numbers being prepared and ready. Numbers only:
 * no names, no items.
 */
(function () {
  'use strict';
  const { el } = Kds;

  const preparing = document.getElementById('ak-preparing');
  const ready = document.getElementById('ak-ready');
  /** orderId → { number, status } */
  const orders = new Map();

  const link = new KdsLink('board', {
    snapshot(message) {
      orders.clear();
      message.orders.forEach((o) => orders.set(o.orderId, { number: o.orderNumber, status: o.status }));
      render();
    },
    event(message) {
      const o = message.data;
      if (o.status === 'COMPLETED' || o.status === 'CANCELLED') {
        orders.delete(o.orderId);
      } else {
        const wasReady = orders.has(o.orderId) && orders.get(o.orderId).status === 'READY';
        orders.set(o.orderId, { number: o.orderNumber, status: o.status });
        if (o.status === 'READY' && !wasReady) Kds.chime();
      }
      render();
    },
    status: Kds.banner,
  });

  function render() {
    const numbers = (status) => [...orders.values()].filter((o) => o.status === status)
      .sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true }))
      .map((o) => el('li', 'ak-board-number', o.number));
    preparing.replaceChildren(...numbers('IN_KITCHEN'));
    ready.replaceChildren(...numbers('READY'));
  }

  Kds.enableSoundOnTap();
  render();
  link.start();
  window.akScreen = { link, orders };
})();
