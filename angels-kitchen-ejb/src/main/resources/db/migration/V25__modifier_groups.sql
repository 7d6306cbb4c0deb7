-- Modifier groups: "Salsa: choose 1", "Sabores: choose 12, repeats allowed". A group whose choices
-- name menu items (the flavours) makes the item that offers it a bundle: a "Docena" line is kept
-- with its price, and each flavour chosen becomes a line of its own, part of the bundle, that the
-- kitchen makes at its own station and counts in its all-day totals.

CREATE TABLE modifier_group (
    id          bigint      PRIMARY KEY,
    code        varchar(32) NOT NULL UNIQUE,
    name        varchar(60) NOT NULL,
    min_choices integer     NOT NULL CHECK (min_choices >= 0),
    max_choices integer     NOT NULL CHECK (max_choices >= 1 AND max_choices <= 99),
    repeats     boolean     NOT NULL DEFAULT false,
    version     bigint      NOT NULL DEFAULT 0,
    CHECK (min_choices <= max_choices)
);

CREATE TABLE modifier_choice (
    group_id bigint        NOT NULL REFERENCES modifier_group (id) ON DELETE CASCADE,
    position integer       NOT NULL,
    code     varchar(32)   NOT NULL,
    name     varchar(60)   NOT NULL,
    price    numeric(10,2) NOT NULL CHECK (price >= 0),
    item_id  bigint        REFERENCES menu_item (id),
    PRIMARY KEY (group_id, position),
    UNIQUE (group_id, code)
);

CREATE TABLE menu_item_group (
    item_id  bigint  NOT NULL REFERENCES menu_item (id) ON DELETE CASCADE,
    position integer NOT NULL,
    group_id bigint  NOT NULL REFERENCES modifier_group (id),
    PRIMARY KEY (item_id, position)
);

-- A bundle's line keeps the price; each flavour in it is a line "part of" it (by line number).
ALTER TABLE order_line ADD COLUMN bundle boolean NOT NULL DEFAULT false;
ALTER TABLE order_line ADD COLUMN part_of integer;

-- A choice made in a group, kept on the line: which group, how many times.
ALTER TABLE order_line_modifier DROP CONSTRAINT order_line_modifier_kind_check;
ALTER TABLE order_line_modifier
    ADD CONSTRAINT order_line_modifier_kind_check CHECK (kind IN ('REMOVE', 'ADD', 'CHOICE'));
ALTER TABLE order_line_modifier ADD COLUMN group_name varchar(60);
ALTER TABLE order_line_modifier ADD COLUMN times integer NOT NULL DEFAULT 1 CHECK (times >= 1);

-- A partner's option mapped to a choice of a group ("group:choice").
ALTER TABLE partner_mapping DROP CONSTRAINT partner_mapping_kind_check;
ALTER TABLE partner_mapping
    ADD CONSTRAINT partner_mapping_kind_check CHECK (kind IN ('ITEM', 'REMOVE', 'ADD', 'CHOICE'));
ALTER TABLE partner_mapping ALTER COLUMN code TYPE varchar(65);
