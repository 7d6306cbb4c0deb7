-- The language a member of staff chose for their screens, and the one a wall screen chose for
-- itself (kept with its device login). NULL: the store's language (setting ak.language).
-- A BCP 47 tag the application supports, e.g. 'es-AR' or 'en'.
ALTER TABLE staff_member ADD COLUMN language VARCHAR(16);
ALTER TABLE device_login ADD COLUMN language VARCHAR(16);
