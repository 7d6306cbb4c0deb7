-- Kitchen screens that work all night (issue 27).
-- A station's bump bar key map: which keys its screen answers to (docs/bump-bar.md).
ALTER TABLE station ADD COLUMN bump_bar VARCHAR(16) NOT NULL DEFAULT 'keyboard';

-- The sound a wall screen chose (chime, bell or off), kept with its device login so that the screen
-- chimes again after a reload or a restart; null until it chooses.
ALTER TABLE device_login ADD COLUMN sound VARCHAR(16);
