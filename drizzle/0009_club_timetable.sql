CREATE TABLE `club_editions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`name` text NOT NULL,
	`start_date` text NOT NULL,
	`weeks` integer NOT NULL,
	`meetings` text NOT NULL,
	`days_off` text DEFAULT '[]' NOT NULL,
	`min_attendance_percent` integer DEFAULT 80 NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `club_editions_project_idx` ON `club_editions` (`project_id`);--> statement-breakpoint
CREATE TABLE `club_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`name` text NOT NULL,
	`size_limit` integer NOT NULL,
	`meetings` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `club_editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `club_groups_edition_idx` ON `club_groups` (`edition_id`);--> statement-breakpoint
CREATE TABLE `club_members` (
	`group_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	`joined_on` text NOT NULL,
	`left_on` text,
	PRIMARY KEY(`group_id`, `participant_id`),
	FOREIGN KEY (`group_id`) REFERENCES `club_groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `club_members_participant_idx` ON `club_members` (`participant_id`);--> statement-breakpoint
CREATE TABLE `club_modules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`name` text NOT NULL,
	`hours` integer NOT NULL,
	`specialists` text NOT NULL,
	`min_session` integer NOT NULL,
	`max_session` integer NOT NULL,
	`pattern` text NOT NULL,
	`week_from` integer,
	`week_to` integer,
	`room_features` text DEFAULT '[]' NOT NULL,
	`duty` integer DEFAULT false NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `club_editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `club_modules_edition_idx` ON `club_modules` (`edition_id`);--> statement-breakpoint
CREATE TABLE `club_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`kind` text NOT NULL,
	`from_date` text,
	`at` text NOT NULL,
	`actor_id` integer,
	`actor_name` text,
	`sessions` integer NOT NULL,
	`moved` integer DEFAULT 0 NOT NULL,
	`soft` text NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `club_editions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `club_plans_edition_idx` ON `club_plans` (`edition_id`,`id`);--> statement-breakpoint
CREATE TABLE `club_rooms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`name` text NOT NULL,
	`capacity` integer NOT NULL,
	`features` text DEFAULT '[]' NOT NULL,
	`availability` text NOT NULL,
	`owner` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `club_editions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `club_rooms_edition_idx` ON `club_rooms` (`edition_id`);--> statement-breakpoint
CREATE TABLE `club_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`group_id` integer NOT NULL,
	`module_id` integer NOT NULL,
	`trainer_id` integer NOT NULL,
	`room_id` integer NOT NULL,
	`date` text NOT NULL,
	`start_minute` integer NOT NULL,
	`end_minute` integer NOT NULL,
	`locked` integer DEFAULT false NOT NULL,
	`manual` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `club_editions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `club_groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`module_id`) REFERENCES `club_modules`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`trainer_id`) REFERENCES `club_trainers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`room_id`) REFERENCES `club_rooms`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `club_sessions_edition_date_idx` ON `club_sessions` (`edition_id`,`date`,`start_minute`);--> statement-breakpoint
CREATE INDEX `club_sessions_group_idx` ON `club_sessions` (`group_id`,`date`);--> statement-breakpoint
CREATE INDEX `club_sessions_module_idx` ON `club_sessions` (`module_id`);--> statement-breakpoint
CREATE INDEX `club_sessions_trainer_idx` ON `club_sessions` (`trainer_id`,`date`);--> statement-breakpoint
CREATE INDEX `club_sessions_room_idx` ON `club_sessions` (`room_id`,`date`);--> statement-breakpoint
CREATE TABLE `club_trainer_absences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trainer_id` integer NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`reason` text NOT NULL,
	`note` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`trainer_id`) REFERENCES `club_trainers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `club_absences_trainer_idx` ON `club_trainer_absences` (`trainer_id`);--> statement-breakpoint
CREATE TABLE `club_trainers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`name` text NOT NULL,
	`specialisations` text NOT NULL,
	`staff_id` integer,
	`availability` text NOT NULL,
	`max_hours_per_week` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `club_editions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `club_trainers_edition_idx` ON `club_trainers` (`edition_id`);