DROP INDEX `participants_first_name_sort_idx`;--> statement-breakpoint
DROP INDEX `participants_locality_sort_idx`;--> statement-breakpoint
CREATE INDEX `participants_birth_date_idx` ON `participants` (`birth_date`);--> statement-breakpoint
CREATE INDEX `participants_created_at_idx` ON `participants` (`created_at`);--> statement-breakpoint
CREATE INDEX `participants_first_name_sort_idx` ON `participants` (`first_name_sort_key`,`sort_key`);--> statement-breakpoint
CREATE INDEX `participants_locality_sort_idx` ON `participants` (`locality_sort_key`,`sort_key`);--> statement-breakpoint
CREATE INDEX `audit_changes_idx` ON `audit_log` (`entity`,`entity_id`) WHERE "audit_log"."action" <> 'view';--> statement-breakpoint
CREATE INDEX `course_certificates_issued_idx` ON `course_certificates` (`issued_on`);--> statement-breakpoint
CREATE INDEX `social_contracts_updated_idx` ON `social_contracts` (`updated_at`);--> statement-breakpoint
CREATE INDEX `social_contracts_status_updated_idx` ON `social_contracts` (`status`,`updated_at`);