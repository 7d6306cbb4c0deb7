-- Issue 26: busy mode and store hours.
--
-- busy_mode is one row, locked by whoever switches it (a manager, or the automatic evaluation on
-- any server of the cluster): a switch that changes nothing sends nothing to the partners. manual
-- says a manager made the current state, which the automatic evaluation then leaves alone until a
-- manager hands it back. Thresholds are null while automatic busy mode is off; calm_since is when
-- the kitchen was first seen below both thresholds while busy (it switches off after calm_seconds).
CREATE TABLE busy_mode (
    id                   integer      PRIMARY KEY CHECK (id = 1),
    busy                 boolean      NOT NULL DEFAULT false,
    mode                 varchar(16)  NOT NULL DEFAULT 'EXTRA_TIME'
        CHECK (mode IN ('EXTRA_TIME', 'PAUSE')),
    extra_minutes        integer      NOT NULL DEFAULT 15 CHECK (extra_minutes BETWEEN 1 AND 120),
    manual               boolean      NOT NULL DEFAULT false,
    open_tickets_limit   integer      CHECK (open_tickets_limit > 0),
    oldest_minutes_limit integer      CHECK (oldest_minutes_limit > 0),
    calm_seconds         integer      NOT NULL DEFAULT 180 CHECK (calm_seconds BETWEEN 0 AND 3600),
    calm_since           timestamptz,
    changed_at           timestamptz  NOT NULL
);
INSERT INTO busy_mode (id, changed_at) VALUES (1, now());

-- Every switch of busy mode: on or off, how, who (null: automatic), why, when.
CREATE TABLE busy_switch (
    id             bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    busy           boolean       NOT NULL,
    mode           varchar(16)   NOT NULL,
    extra_minutes  integer       NOT NULL,
    switched_by    varchar(64),
    why            varchar(300)  NOT NULL,
    why_code       varchar(64),
    why_arguments  varchar(1000),
    switched_at    timestamptz   NOT NULL
);
CREATE INDEX busy_switch_recent ON busy_switch (switched_at DESC, id DESC);

-- Weekly opening hours in the restaurant's time zone: weekday 1 (Monday) to 7 (Sunday), one row
-- per range. A range whose closing time is not after its opening time crosses midnight (20:00 to
-- 02:00 is open until 2 a.m. of the next day). No rows at all: always open.
CREATE TABLE store_hours (
    weekday  smallint  NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens    time      NOT NULL,
    closes   time      NOT NULL,
    PRIMARY KEY (weekday, opens)
);

-- Exceptions by date (holidays): a day with a row whose opens is null is closed all day; a day with
-- ranges opens only then, instead of its weekday's hours.
CREATE TABLE store_hours_exception (
    id      bigint   GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    day     date     NOT NULL,
    opens   time,
    closes  time,
    CHECK ((opens IS NULL) = (closes IS NULL))
);
CREATE INDEX store_hours_exception_day ON store_hours_exception (day);
