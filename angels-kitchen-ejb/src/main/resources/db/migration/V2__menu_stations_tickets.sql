-- The menu, stations and routing rules; orders with modifiers, prices, allergens and a full life
-- cycle; one kitchen ticket per station. Orders placed before this migration (free-text lines with
-- a station) are kept: their lines stay without a menu item and get tickets at their stations.

CREATE SEQUENCE menu_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE ticket_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE station (
    code                  varchar(32) PRIMARY KEY,
    name                  varchar(60) NOT NULL,
    sort_order            integer     NOT NULL DEFAULT 0,
    is_default            boolean     NOT NULL DEFAULT false,
    warning_after_minutes integer     NOT NULL DEFAULT 5,
    late_after_minutes    integer     NOT NULL DEFAULT 8,
    version               bigint      NOT NULL DEFAULT 0,
    CHECK (warning_after_minutes >= 1 AND late_after_minutes > warning_after_minutes)
);
-- At most one default station: where items go that no rule names.
CREATE UNIQUE INDEX station_single_default ON station (is_default) WHERE is_default;

CREATE TABLE menu_category (
    id         bigint      PRIMARY KEY,
    code       varchar(32) NOT NULL UNIQUE,
    name       varchar(60) NOT NULL,
    sort_order integer     NOT NULL DEFAULT 0,
    version    bigint      NOT NULL DEFAULT 0
);

-- Allergens are stored as comma-separated names of the 14 EU allergens (see Allergen.java).
CREATE TABLE ingredient (
    id        bigint       PRIMARY KEY,
    code      varchar(32)  NOT NULL UNIQUE,
    name      varchar(60)  NOT NULL,
    allergens varchar(200) NOT NULL DEFAULT '',
    version   bigint       NOT NULL DEFAULT 0
);

CREATE TABLE extra (
    id        bigint        PRIMARY KEY,
    code      varchar(32)   NOT NULL UNIQUE,
    name      varchar(60)   NOT NULL,
    price     numeric(10,2) NOT NULL CHECK (price >= 0),
    allergens varchar(200)  NOT NULL DEFAULT '',
    version   bigint        NOT NULL DEFAULT 0
);

CREATE TABLE menu_item (
    id           bigint        PRIMARY KEY,
    code         varchar(32)   NOT NULL UNIQUE,
    name         varchar(80)   NOT NULL,
    kitchen_name varchar(24)   NOT NULL,
    price        numeric(10,2) NOT NULL CHECK (price >= 0),
    category_id  bigint        NOT NULL REFERENCES menu_category (id),
    prep_minutes integer       NOT NULL CHECK (prep_minutes > 0),
    available    boolean       NOT NULL DEFAULT true,
    sort_order   integer       NOT NULL DEFAULT 0,
    version      bigint        NOT NULL DEFAULT 0
);

CREATE TABLE menu_item_ingredient (
    item_id       bigint  NOT NULL REFERENCES menu_item (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    ingredient_id bigint  NOT NULL REFERENCES ingredient (id),
    removable     boolean NOT NULL,
    PRIMARY KEY (item_id, position)
);

CREATE TABLE menu_item_extra (
    item_id  bigint  NOT NULL REFERENCES menu_item (id) ON DELETE CASCADE,
    position integer NOT NULL,
    extra_id bigint  NOT NULL REFERENCES extra (id),
    PRIMARY KEY (item_id, position)
);

CREATE TABLE routing_rule (
    id           bigint      PRIMARY KEY,
    item_id      bigint      REFERENCES menu_item (id) ON DELETE CASCADE,
    category_id  bigint      REFERENCES menu_category (id) ON DELETE CASCADE,
    station_code varchar(32) NOT NULL REFERENCES station (code),
    CHECK ((item_id IS NULL) <> (category_id IS NULL)),
    UNIQUE (item_id, station_code),
    UNIQUE (category_id, station_code)
);

-- Orders: how they are fulfilled, notes, alerts, schedule, money and every state change's moment.
ALTER TABLE kitchen_order
    ADD COLUMN fulfillment   varchar(16)   NOT NULL DEFAULT 'TAKEOUT',
    ADD COLUMN note          varchar(500),
    ADD COLUMN allergy_alert varchar(200),
    ADD COLUMN rush          boolean       NOT NULL DEFAULT false,
    ADD COLUMN pickup_at     timestamptz,
    ADD COLUMN fire_at       timestamptz,
    ADD COLUMN subtotal      numeric(12,2) NOT NULL DEFAULT 0,
    ADD COLUMN tax_rate      numeric(6,4)  NOT NULL DEFAULT 0,
    ADD COLUMN tax           numeric(12,2) NOT NULL DEFAULT 0,
    ADD COLUMN total         numeric(12,2) NOT NULL DEFAULT 0,
    ADD COLUMN fired_at      timestamptz,
    ADD COLUMN ready_at      timestamptz,
    ADD COLUMN completed_at  timestamptz,
    ADD COLUMN cancelled_at  timestamptz,
    ADD COLUMN cancel_reason varchar(200);
UPDATE kitchen_order SET status = 'IN_KITCHEN', fire_at = placed_at, fired_at = placed_at
 WHERE status = 'PLACED';
ALTER TABLE kitchen_order
    ADD CONSTRAINT kitchen_order_status_known
        CHECK (status IN ('HELD', 'IN_KITCHEN', 'READY', 'COMPLETED', 'CANCELLED')),
    ADD CONSTRAINT kitchen_order_held_has_fire_time CHECK (status <> 'HELD' OR fire_at IS NOT NULL);
-- The held-order alarm looks for due orders every few seconds.
CREATE INDEX kitchen_order_held_fire_at ON kitchen_order (fire_at) WHERE status = 'HELD';

-- Lines: the menu item (none for lines not ordered from the menu), prices, note and allergens.
ALTER TABLE order_line
    ADD COLUMN item_id      bigint REFERENCES menu_item (id),
    ADD COLUMN kitchen_name varchar(24),
    ADD COLUMN unit_price   numeric(10,2) NOT NULL DEFAULT 0,
    ADD COLUMN line_total   numeric(12,2) NOT NULL DEFAULT 0,
    ADD COLUMN note         varchar(200),
    ADD COLUMN allergens    varchar(200)  NOT NULL DEFAULT '';
UPDATE order_line SET kitchen_name = left(item, 24);
ALTER TABLE order_line ALTER COLUMN kitchen_name SET NOT NULL;

CREATE TABLE order_line_modifier (
    line_id  bigint        NOT NULL REFERENCES order_line (id),
    position integer       NOT NULL,
    kind     varchar(8)    NOT NULL CHECK (kind IN ('REMOVE', 'ADD')),
    code     varchar(32)   NOT NULL,
    name     varchar(60)   NOT NULL,
    price    numeric(10,2) NOT NULL CHECK (price >= 0),
    PRIMARY KEY (line_id, position)
);

CREATE TABLE kitchen_ticket (
    id           bigint      PRIMARY KEY,
    order_id     bigint      NOT NULL REFERENCES kitchen_order (id),
    station_code varchar(32) NOT NULL REFERENCES station (code),
    status       varchar(16) NOT NULL CHECK (status IN ('HELD', 'OPEN', 'BUMPED', 'CANCELLED')),
    fired_at     timestamptz,
    bumped_at    timestamptz,
    version      bigint      NOT NULL DEFAULT 0,
    UNIQUE (order_id, station_code)
);
CREATE INDEX kitchen_ticket_open ON kitchen_ticket (station_code, fired_at) WHERE status = 'OPEN';

CREATE TABLE ticket_line (
    id            bigint PRIMARY KEY,
    ticket_id     bigint NOT NULL REFERENCES kitchen_ticket (id),
    order_line_id bigint NOT NULL REFERENCES order_line (id),
    bumped_at     timestamptz,
    UNIQUE (ticket_id, order_line_id)
);

-- Earlier orders: their stations become stations, their lines tickets at those stations.
INSERT INTO station (code, name, sort_order)
SELECT DISTINCT l.station, initcap(l.station), 100 FROM order_line l
ON CONFLICT (code) DO NOTHING;
INSERT INTO kitchen_ticket (id, order_id, station_code, status, fired_at)
SELECT nextval('ticket_seq'), o.id, s.station, 'OPEN', o.placed_at
  FROM kitchen_order o
  JOIN (SELECT DISTINCT order_id, station FROM order_line) s ON s.order_id = o.id;
INSERT INTO ticket_line (id, ticket_id, order_line_id)
SELECT nextval('ticket_seq'), t.id, l.id
  FROM order_line l JOIN kitchen_ticket t ON t.order_id = l.order_id AND t.station_code = l.station;
ALTER TABLE order_line DROP COLUMN station;

-- Which stations an event concerns, so that a station's screen can replay only its own events.
ALTER TABLE kitchen_log ADD COLUMN stations varchar(400) NOT NULL DEFAULT '';
UPDATE kitchen_log l SET stations = coalesce(
    (SELECT string_agg(DISTINCT t.station_code, ',') FROM kitchen_ticket t WHERE t.order_id = l.order_id), '');
