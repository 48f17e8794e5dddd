CREATE TABLE `course_certificate_duplicates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`certificate_id` integer NOT NULL,
	`issued_on` text NOT NULL,
	`code` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`certificate_id`) REFERENCES `course_certificates`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `course_certificate_duplicates_code_uq` ON `course_certificate_duplicates` (`code`);--> statement-breakpoint
CREATE INDEX `course_certificate_duplicates_cert_idx` ON `course_certificate_duplicates` (`certificate_id`);--> statement-breakpoint
CREATE TABLE `course_certificates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`course_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`document_id` integer,
	`number` text NOT NULL,
	`issued_on` text NOT NULL,
	`code` text NOT NULL,
	`holder_address` text NOT NULL,
	`holder_identity` text NOT NULL,
	`revoked_on` text,
	`revoke_reason` text,
	`replaces_id` integer,
	`received_on` text,
	`received_how` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `issued_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `course_certificates_code_uq` ON `course_certificates` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `course_certificates_number_uq` ON `course_certificates` (`number`);--> statement-breakpoint
CREATE INDEX `course_certificates_person_idx` ON `course_certificates` (`participant_id`);--> statement-breakpoint
CREATE INDEX `course_certificates_course_idx` ON `course_certificates` (`course_id`,`participant_id`);--> statement-breakpoint
CREATE TABLE `course_classes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`course_id` integer NOT NULL,
	`date` text NOT NULL,
	`start_minute` integer NOT NULL,
	`end_minute` integer NOT NULL,
	`topic` text,
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `course_classes_course_idx` ON `course_classes` (`course_id`,`date`,`start_minute`);--> statement-breakpoint
CREATE TABLE `course_participants` (
	`course_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`exam_result` text,
	`exam_date` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`course_id`, `participant_id`),
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `course_participants_person_idx` ON `course_participants` (`participant_id`);--> statement-breakpoint
CREATE TABLE `course_topics` (
	`course_id` integer NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`hours` integer NOT NULL,
	PRIMARY KEY(`course_id`, `position`),
	FOREIGN KEY (`course_id`) REFERENCES `courses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `courses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`name` text NOT NULL,
	`form` text NOT NULL,
	`provider_id` integer NOT NULL,
	`place` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`total_hours` integer NOT NULL,
	`min_attendance_percent` integer DEFAULT 80 NOT NULL,
	`exam_required` integer NOT NULL,
	`result_kind` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_id`) REFERENCES `course_providers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `courses_project_idx` ON `courses` (`project_id`,`start_date`);