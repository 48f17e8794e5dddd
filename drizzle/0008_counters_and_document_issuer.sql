CREATE TABLE `counters` (
	`series` text NOT NULL,
	`scope` text NOT NULL,
	`last` integer NOT NULL,
	PRIMARY KEY(`series`, `scope`)
);
--> statement-breakpoint
ALTER TABLE `issued_documents` ADD `entity` text DEFAULT 'contract' NOT NULL;--> statement-breakpoint
ALTER TABLE `issued_documents` ADD `issued_by_id` integer REFERENCES staff(id);--> statement-breakpoint
ALTER TABLE `issued_documents` ADD `issued_by_name` text;--> statement-breakpoint
INSERT INTO `counters` (`series`, `scope`, `last`) SELECT `series`, CAST(`year` AS TEXT), `last` FROM `document_counters`;--> statement-breakpoint
INSERT INTO `counters` (`series`, `scope`, `last`) SELECT 'contract-evaluation', CAST(`contract_id` AS TEXT), count(*) FROM `contract_evaluations` GROUP BY `contract_id`;--> statement-breakpoint
INSERT INTO `counters` (`series`, `scope`, `last`) SELECT 'contract-amendment', CAST(`contract_id` AS TEXT), max(`seq`) FROM `contract_amendments` GROUP BY `contract_id`;--> statement-breakpoint
DROP TABLE `document_counters`;