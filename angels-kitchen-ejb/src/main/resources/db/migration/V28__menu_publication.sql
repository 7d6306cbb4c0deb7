-- Issue 26: the whole menu is published to the partners, once a short while after a burst of menu
-- changes. The publication is built when its call is made, so a waiting one covers every change
-- before it: at most one may wait. This index lets only one waiting (not done) publication to every
-- partner exist across the cluster; a second insert does nothing (INSERT ... ON CONFLICT DO NOTHING).
CREATE UNIQUE INDEX partner_outbox_one_menu_publication ON partner_outbox (partner, action)
  WHERE action = 'MENU_PUBLISH' AND partner = '*' AND done_at IS NULL;
