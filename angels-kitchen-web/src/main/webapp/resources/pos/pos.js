/*
 * Angel's Kitchen — the cashier's screen. The POS channel of the kitchen socket says what changed
 * (an order moved, an item was 86'd, the menu was edited); the page then redraws that part from the
 * server, so what the cashier sees is always what the server holds. An 86'd button is greyed out at
 * once, before the redraw arrives.
 */
(function () {
  'use strict';

  const REDRAW_DELAY_MS = 120;
  /** A redraw that has not answered in this long is taken as lost (its server died mid-answer). */
  const REDRAW_GIVE_UP_MS = 15000;
  const pending = { menu: false, orders: false };
  const sentAt = { menu: 0, orders: 0 };
  let timer = null;

  /**
   * Coalesces a burst of changes (a rush of bumps) into one redraw of each part, and never has more
   * than one redraw of a part on its way: the page's requests share one queue, so redraws sent
   * faster than the server answers them would pile up in front of the cashier's next tap. A change
   * that arrives while its part is being redrawn is redrawn once more when that answer is in.
   */
  function redraw(part) {
    pending[part] = true;
    schedule();
  }

  function schedule() {
    if (!timer) timer = setTimeout(flush, REDRAW_DELAY_MS);
  }

  function flush() {
    timer = null;
    const now = Date.now();
    [['menu', window.akRefreshMenu], ['orders', window.akRefreshOrders]].forEach(([part, command]) => {
      if (!pending[part] || !command) return;
      if (sentAt[part] && now - sentAt[part] < REDRAW_GIVE_UP_MS) return;
      pending[part] = false;
      sentAt[part] = now;
      command();
    });
  }

  /** Called when a redraw's answer is in (or failed): the part may be redrawn again. */
  function redrawn(part) {
    sentAt[part] = 0;
    if (pending[part]) schedule();
  }

  function markAvailability(itemCode, available) {
    document.querySelectorAll('.ak-pos-item').forEach((button) => {
      if (button.dataset.item !== itemCode) return;
      button.disabled = !available;
      button.classList.toggle('ak-86', !available);
      button.classList.toggle('ui-state-disabled', !available);
    });
  }

  const link = new KdsLink('pos', {
    snapshot() {
      redraw('menu');
      redraw('orders');
    },
    event(message) {
      switch (message.type) {
        case 'ItemAvailabilityChanged':
          markAvailability(message.data.itemCode, message.data.available);
          redraw('menu');
          break;
        case 'MenuChanged':
          redraw('menu');
          break;
        default:
          redraw('orders');
      }
    },
    status: Kds.banner,
  });

  /** Optimistic feedback: the order shows as on its way the moment Send is tapped. */
  window.AkPos = {
    sending() {
      const pendingBox = document.getElementById('ak-pending');
      if (pendingBox) pendingBox.style.display = '';
      document.querySelectorAll('.ak-sent:not(.ak-pending)').forEach((e) => { e.style.display = 'none'; });
    },
    answered() {
      const pendingBox = document.getElementById('ak-pending');
      if (pendingBox) pendingBox.style.display = 'none';
    },
    redrawn,
    link,
  };

  /*
   * Keyboard: in the item dialog Space ticks the focused choice and Enter adds the line, wherever
   * the focus is (a checkbox does not submit a form by itself).
   */
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || !e.target.closest || !e.target.closest('#line-form')) return;
    if (e.target.type === 'checkbox') {
      e.preventDefault();
      const save = document.getElementById('line-form:save-line');
      if (save) save.click();
    }
  }, true);

  link.start();
})();
