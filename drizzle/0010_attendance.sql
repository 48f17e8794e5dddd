CREATE TABLE `attendance_marks` (
	`kind` text NOT NULL,
	`session_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`status` text NOT NULL,
	`minutes` integer,
	`reason` text,
	`recorded_at` text NOT NULL,
	`recorded_by` integer,
	PRIMARY KEY(`kind`, `session_id`, `participant_id`),
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attendance_marks_participant_idx` ON `attendance_marks` (`participant_id`,`kind`);--> statement-breakpoint
CREATE TABLE `club_completions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`ended_on` text NOT NULL,
	`reason` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `club_editions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `club_completions_person_idx` ON `club_completions` (`edition_id`,`participant_id`);--> statement-breakpoint
ALTER TABLE `club_modules` ADD `min_attendance_percent` integer;