import { useMemo } from 'react';
import { Table, type TableProps } from 'antd';
import type { TablePaginationConfig } from 'antd/es/table';
import { searchKey } from '../../src-main/domain/text';

/** A list longer than this is paged. */
const PAGE_SIZE = 25;

/** Past this many pages the pager gets a page-number box: page 100 of 2 003 in one step. */
const PAGES_WITHOUT_JUMP = 5;

/**
 * The pager of a list the core pages (participants, contracts, the audit log): the page, its
 * size to choose, the total, and the page-number box once the list is long.
 */
export function corePager(options: {
  page: number;
  pageSize: number;
  total: number;
  sizes: number[];
  showTotal: (total: number, range: [number, number]) => string;
  onChange?: (page: number, pageSize: number) => void;
}): TablePaginationConfig {
  const { page, pageSize, total, sizes, showTotal, onChange } = options;
  return {
    current: page,
    pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: sizes,
    showTotal,
    showQuickJumper: total > PAGES_WITHOUT_JUMP * pageSize,
    onChange,
  };
}

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
