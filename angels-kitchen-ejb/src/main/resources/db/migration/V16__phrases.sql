-- What the kitchen tells managers about the partners is kept without choosing a language: a code
-- (e.g. 'alert.unmapped-items', 'outcome.placed') and its arguments as a JSON array of strings,
-- beside the English sentence the API and the logs read. Pages say the code in the reader's
-- language. Rows from before this have no code: their English sentence is shown as it is.
ALTER TABLE partner_alert ADD COLUMN message_code VARCHAR(64);
ALTER TABLE partner_alert ADD COLUMN message_arguments VARCHAR(1000);
ALTER TABLE partner_event ADD COLUMN outcome_code VARCHAR(64);
ALTER TABLE partner_event ADD COLUMN outcome_arguments VARCHAR(1000);
