import type { ReactNode } from 'react'
import type { Page } from '../api/types'
import { Empty, ErrorMessage, Loading } from './ErrorMessage'
import { Pagination } from './Pagination'
import type { AsyncState } from './useAsync'

interface PagedTableProps<T> {
  /** The page as useAsync loads it. */
  list: AsyncState<Page<T>>
  /** What is loading, in the plural: `animals` shows "Loading animals…". */
  what: string
  /** Shown (as the empty notice) instead of the table when the page has no items. */
  empty: ReactNode
  /** The cells of the header row. */
  head: ReactNode
  /** One item's row: a `<tr>` with its key. */
  row: (item: T) => ReactNode
  onPage: (page: number) => void
  /**
   * Rows as cards of labelled lines on a phone (`.stacked` in styles/feedings.css). The table's
   * roles are then stated, because a browser that lays a table out as blocks drops them; the row's
   * cells carry `role="cell"` (or `columnheader`) and `data-label` themselves.
   */
  stacked?: boolean
}

/**
 * A page of a list in each of its states: failed (with Try again), loading, empty, or a table in its
 * scrolling wrapper; then the pagination once the page is there.
 */
export function PagedTable<T>({ list, what, empty, head, row, onPage, stacked }: PagedTableProps<T>) {
  return (
    <>
      {list.error && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <Loading what={what} />}
      {list.data && list.data.items.length === 0 && <Empty>{empty}</Empty>}
      {list.data && list.data.items.length > 0 && (
        <div className={stacked ? 'table-wrap stacked' : 'table-wrap'}>
          <table role={stacked ? 'table' : undefined}>
            <thead role={stacked ? 'rowgroup' : undefined}>
              <tr role={stacked ? 'row' : undefined}>{head}</tr>
            </thead>
            <tbody role={stacked ? 'rowgroup' : undefined}>{list.data.items.map((item) => row(item))}</tbody>
          </table>
        </div>
      )}
      {list.data && <Pagination page={list.data} onPage={onPage} />}
    </>
  )
}
