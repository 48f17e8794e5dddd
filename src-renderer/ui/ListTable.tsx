import { useMemo } from 'react';
import { Table, type TableProps } from 'antd';
import { searchKey } from '../../src-main/domain/text';

/** A list longer than this is paged. */
const PAGE_SIZE = 25;

/**
 * A list read whole and searched on the screen: paged by 25 once it is longer, and when it is
 * empty it says why — nothing matches the search or the filters, or there is nothing yet.
 */
export function ListTable<T extends { id: number }>(
  props: Omit<TableProps<T>, 'dataSource' | 'pagination' | 'locale'> & {
    rows: readonly T[];
    /** A search or a filter is on: the empty list says `noMatch`, else `none`. */
    filtered: boolean;
    emptyText: { none: string; noMatch: string };
  },
) {
  const { rows, filtered, emptyText, ...table } = props;
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      {...table}
      dataSource={rows}
      pagination={rows.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, showSizeChanger: false } : false}
      locale={{ emptyText: filtered ? emptyText.noMatch : emptyText.none }}
    />
  );
}

/**
 * The items whose `text` holds what is typed (case and Polish letters aside), or that
 * `alsoMatches` lets through (a NIP typed as digits, say); all of them while nothing is typed.
 * Pass functions that keep their identity (declared outside the component).
 */
export function useSearched<T>(
  items: readonly T[],
  query: string,
  text: (item: T) => string,
  alsoMatches?: (item: T, query: string) => boolean,
): readonly T[] {
  return useMemo(() => {
    const key = searchKey(query);
    if (!key) return items;
    return items.filter(
      (item) => searchKey(text(item)).includes(key) || (alsoMatches?.(item, query) ?? false),
    );
  }, [items, query, text, alsoMatches]);
}
