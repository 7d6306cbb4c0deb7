-- Staff who sign in, with one role each, and the long-lived logins of wall-mounted kitchen screens.
-- Passwords are stored only as PBKDF2 hashes; device tokens only as SHA-256 digests.
CREATE TABLE staff_member (
  id                  BIGSERIAL PRIMARY KEY,
  username            VARCHAR(40)  NOT NULL UNIQUE,
  display_name        VARCHAR(80)  NOT NULL,
  role                VARCHAR(16)  NOT NULL CHECK (role IN ('CASHIER', 'COOK', 'EXPO', 'MANAGER')),
  password_hash       VARCHAR(300) NOT NULL,
  enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at          TIMESTAMPTZ  NOT NULL,
  password_changed_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE device_login (
  id              BIGSERIAL PRIMARY KEY,
  token_digest    CHAR(64)    NOT NULL UNIQUE,
  staff_member_id BIGINT      NOT NULL REFERENCES staff_member (id) ON DELETE CASCADE,
  created_at      TIMESTAMPTZ NOT NULL,
  last_used_at    TIMESTAMPTZ NOT NULL,
  expires_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX device_login_by_member ON device_login (staff_member_id);
