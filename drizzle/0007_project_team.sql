CREATE TABLE `project_staff` (
	`project_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	PRIMARY KEY(`project_id`, `staff_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_staff_staff_idx` ON `project_staff` (`staff_id`);