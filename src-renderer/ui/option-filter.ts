import { searchKey } from '../../src-main/domain/text';

/**
 * A select's search that ignores case and Polish letters: "lapinska" finds Łapińska,
 * "zolw" finds Żółw. Every typed word must occur somewhere in the option's label, so
 * "nowak an" finds Anna Nowak; an option without a text label never matches.
 */
export function polishOptionFilter(input: string, option?: { label?: unknown }): boolean {
  const label = typeof option?.label === 'string' ? searchKey(option.label) : '';
  return searchKey(input)
    .split(' ')
    .every((typed) => label.includes(typed));
}
