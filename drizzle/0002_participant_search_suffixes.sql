CREATE TABLE `participant_search_suffixes` (
	`suffix` text NOT NULL,
	`participant_id` integer NOT NULL,
	`sort_key` text NOT NULL,
	`shared_with_previous` integer NOT NULL,
	`shared_with_word` integer NOT NULL,
	PRIMARY KEY(`suffix`, `participant_id`),
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `pss_participant_idx` ON `participant_search_suffixes` (`participant_id`);
--> statement-breakpoint
-- The people registered before this version: their words are in participant_search_tokens,
-- and their rows are derived from them as src-main/features/participants/participants.suffixes.ts
-- derives them on every write (inner parts of 3 letters or more, none for words with digits;
-- letters counted as code points, order as BINARY).
INSERT INTO `participant_search_suffixes`
  (`suffix`, `participant_id`, `sort_key`, `shared_with_previous`, `shared_with_word`)
WITH RECURSIVE
  `parts`(`participant_id`, `suffix`, `is_word`) AS (
    SELECT `participant_id`, `token`, 1 FROM `participant_search_tokens`
    UNION ALL
    SELECT `participant_id`, substr(`suffix`, 2), 0 FROM `parts`
    WHERE length(`suffix`) > 3 AND `suffix` NOT GLOB '*[0-9]*'
  ),
  `distinct_parts` AS (
    SELECT `participant_id`, `suffix`, max(`is_word`) AS `is_word`
    FROM `parts` GROUP BY `participant_id`, `suffix`
  ),
  `neighbours` AS (
    SELECT `participant_id`, `suffix`,
      lag(`suffix`) OVER `by_person` AS `previous`,
      min(CASE WHEN `is_word` = 1 THEN `suffix` END)
        OVER (`by_person` ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS `next_word`
    FROM `distinct_parts`
    WINDOW `by_person` AS (PARTITION BY `participant_id` ORDER BY `suffix`)
  ),
  -- Common leading letters, one step per letter: with the previous row, and with the first
  -- whole word at or after the row (all of it when the row is that word).
  `steps`(`participant_id`, `suffix`, `other`, `kind`, `letters`) AS (
    SELECT `participant_id`, `suffix`, `previous`, 'previous', 0 FROM `neighbours`
    UNION ALL
    SELECT `participant_id`, `suffix`, `next_word`, 'word',
      CASE WHEN `next_word` = `suffix` THEN length(`suffix`) ELSE 0 END
    FROM `neighbours`
    UNION ALL
    SELECT `participant_id`, `suffix`, `other`, `kind`, `letters` + 1 FROM `steps`
    WHERE `letters` < length(`suffix`)
      AND substr(`suffix`, `letters` + 1, 1) = substr(`other`, `letters` + 1, 1)
  ),
  `counts` AS (
    SELECT `participant_id`, `suffix`,
      max(CASE WHEN `kind` = 'previous' THEN `letters` ELSE 0 END) AS `shared_with_previous`,
      max(CASE WHEN `kind` = 'word' THEN `letters` ELSE 0 END) AS `shared_with_word`
    FROM `steps` GROUP BY `participant_id`, `suffix`
  )
SELECT `c`.`suffix`, `c`.`participant_id`, `p`.`sort_key`, `c`.`shared_with_previous`, `c`.`shared_with_word`
FROM `counts` `c` JOIN `participants` `p` ON `p`.`id` = `c`.`participant_id`;
