CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_id` integer,
	`actor_name` text,
	`channel` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`action` text NOT NULL,
	`changed_fields` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `contract_amendments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`number` text NOT NULL,
	`date` text NOT NULL,
	`description` text NOT NULL,
	`content` text NOT NULL,
	`changes` text NOT NULL,
	`document_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `social_contracts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contract_amendments_seq_uq` ON `contract_amendments` (`contract_id`,`seq`);--> statement-breakpoint
CREATE TABLE `contract_evaluations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`date` text NOT NULL,
	`task_progress` text NOT NULL,
	`goal_progress` text NOT NULL,
	`assessment` text NOT NULL,
	`next_evaluation_on` text,
	`actor_name` text,
	`document_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `social_contracts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contract_evaluations_contract_idx` ON `contract_evaluations` (`contract_id`);--> statement-breakpoint
CREATE TABLE `document_assets` (
	`sha256` text PRIMARY KEY NOT NULL,
	`data_url` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `document_counters` (
	`series` text NOT NULL,
	`year` integer NOT NULL,
	`last` integer NOT NULL,
	PRIMARY KEY(`series`, `year`)
);
--> statement-breakpoint
CREATE TABLE `enrolment_status_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`date` text NOT NULL,
	`reason` text,
	`actor_name` text,
	`at` text NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `esc_enrolment_idx` ON `enrolment_status_changes` (`enrolment_id`);--> statement-breakpoint
CREATE TABLE `enrolments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`project_id` integer NOT NULL,
	`status` text NOT NULL,
	`enrolled_on` text NOT NULL,
	`started_on` text,
	`ended_on` text,
	`monitoring` text,
	`long_term_unemployed` integer,
	`eligibility` text NOT NULL,
	`consent_data_processing` integer NOT NULL,
	`consent_date` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enrolments_participant_project_uq` ON `enrolments` (`participant_id`,`project_id`);--> statement-breakpoint
CREATE INDEX `enrolments_project_status_idx` ON `enrolments` (`project_id`,`status`);--> statement-breakpoint
CREATE TABLE `instruments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group` text NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `issued_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`number` text NOT NULL,
	`issued_on` text NOT NULL,
	`entity_id` integer NOT NULL,
	`data` text NOT NULL,
	`sha256` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `issued_documents_number_uq` ON `issued_documents` (`kind`,`number`);--> statement-breakpoint
CREATE TABLE `participant_exclusion_reasons` (
	`participant_id` integer NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `per_participant_reason_uq` ON `participant_exclusion_reasons` (`participant_id`,`reason`);--> statement-breakpoint
CREATE INDEX `per_reason_idx` ON `participant_exclusion_reasons` (`reason`);--> statement-breakpoint
CREATE TABLE `participant_search_tokens` (
	`participant_id` integer NOT NULL,
	`token` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pst_participant_token_uq` ON `participant_search_tokens` (`participant_id`,`token`);--> statement-breakpoint
CREATE INDEX `pst_token_idx` ON `participant_search_tokens` (`token`,`participant_id`);--> statement-breakpoint
CREATE TABLE `participants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`pesel` text,
	`document_number` text,
	`sex` text NOT NULL,
	`birth_date` text NOT NULL,
	`birth_place` text,
	`voivodeship` text NOT NULL,
	`county` text NOT NULL,
	`commune` text NOT NULL,
	`locality` text NOT NULL,
	`street` text,
	`house_number` text,
	`flat_number` text,
	`postal_code` text NOT NULL,
	`area_type` text NOT NULL,
	`phone` text,
	`email` text,
	`education_level` text,
	`unemployed_since` text,
	`without_work_since` text,
	`office_client_since` text,
	`social_worker_id` integer,
	`family_members` text DEFAULT '[]' NOT NULL,
	`notes` text,
	`sort_key` text NOT NULL,
	`first_name_sort_key` text NOT NULL,
	`locality_sort_key` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`social_worker_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participants_pesel_uq` ON `participants` (`pesel`);--> statement-breakpoint
CREATE UNIQUE INDEX `participants_document_uq` ON `participants` (`document_number`);--> statement-breakpoint
CREATE INDEX `participants_sort_key_idx` ON `participants` (`sort_key`);--> statement-breakpoint
CREATE INDEX `participants_first_name_sort_idx` ON `participants` (`first_name_sort_key`);--> statement-breakpoint
CREATE INDEX `participants_locality_sort_idx` ON `participants` (`locality_sort_key`);--> statement-breakpoint
CREATE INDEX `participants_social_worker_idx` ON `participants` (`social_worker_id`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`programme` text NOT NULL,
	`measure` text,
	`edition` text,
	`beneficiary` text NOT NULL,
	`is_efs` integer DEFAULT true NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`total_value` integer NOT NULL,
	`eu_funding` integer NOT NULL,
	`own_contribution` integer NOT NULL,
	`partners` text DEFAULT '[]' NOT NULL,
	`planned_women` integer NOT NULL,
	`planned_men` integer NOT NULL,
	`indicators` text DEFAULT '[]' NOT NULL,
	`criteria` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `social_contracts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`project_id` integer,
	`status` text NOT NULL,
	`variant` text NOT NULL,
	`number` text,
	`signed_on` text,
	`social_worker_id` integer,
	`content` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`next_evaluation_on` text,
	`ended_on` text,
	`goals_reached` integer,
	`termination_reason` text,
	`end_note` text,
	`document_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`social_worker_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `social_contracts_number_uq` ON `social_contracts` (`number`);--> statement-breakpoint
CREATE INDEX `social_contracts_participant_idx` ON `social_contracts` (`participant_id`);--> statement-breakpoint
CREATE INDEX `social_contracts_status_period_idx` ON `social_contracts` (`status`,`period_to`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`role` text NOT NULL,
	`phone` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
