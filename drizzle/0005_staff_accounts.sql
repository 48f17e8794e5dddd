CREATE TABLE `accounts` (
	`staff_id` integer PRIMARY KEY NOT NULL,
	`login` text NOT NULL,
	`login_key` text NOT NULL,
	`password_hash` text NOT NULL,
	`roles` text NOT NULL,
	`participant_scope` text DEFAULT 'assigned' NOT NULL,
	`must_change_password` integer DEFAULT true NOT NULL,
	`failed_logins` integer DEFAULT 0 NOT NULL,
	`last_failed_at` text,
	`last_login_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_login_key_idx` ON `accounts` (`login_key`);