ALTER TABLE `contract_amendments` ADD `effective_from` text;--> statement-breakpoint
ALTER TABLE `contract_evaluations` ADD `person_assessment` text;--> statement-breakpoint
ALTER TABLE `contract_evaluations` ADD `person_kept_obligations` text;--> statement-breakpoint
ALTER TABLE `contract_evaluations` ADD `office_kept_obligations` text;--> statement-breakpoint
ALTER TABLE `contract_evaluations` ADD `result` text;--> statement-breakpoint
ALTER TABLE `contract_evaluations` ADD `decision` text;