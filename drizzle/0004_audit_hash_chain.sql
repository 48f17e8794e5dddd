ALTER TABLE `audit_log` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `hash` text;--> statement-breakpoint
-- The audit log is append-only: an entry once sealed with its hash cannot be changed or removed
-- (sealing the entries written before the chain existed is the one update allowed).
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` WHEN OLD.`hash` IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'Dziennik zdarzeń można tylko uzupełniać: wpisu nie wolno zmienić.');
END;--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, 'Dziennik zdarzeń można tylko uzupełniać: wpisu nie wolno usunąć.');
END;
