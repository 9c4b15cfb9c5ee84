import { Children, Fragment, isValidElement, useState, type ReactNode } from 'react'
import type { Page } from '../api/model'
import { Empty, ErrorMessage, Loading } from './ErrorMessage'
import { Pagination } from './Pagination'
import type { AsyncState } from './useAsync'

interface PagedTableProps<T> {
  /** The page as useAsync loads it. */
  list: AsyncState<Page<T>>
  /** What is loading, in the plural: `animals` says "Loading animals…" (to screen readers). */
  what: string
  /** Shown (as the empty notice) instead of the table when the page has no items. */
  empty: ReactNode
  /** The cells of the header row. */
  head: ReactNode
  /** One item's row: a `<tr>` with its key. */
  row: (item: T) => ReactNode
  onPage: (page: number) => void
  /** The page size asked for: as many placeholder rows hold the table's place while it loads. */
  pageSize?: number
  /**
   * The columns' widths (CSS lengths or percentages), one per header cell: the columns are as wide
   * with the placeholder rows as with the data, and the header does not move when the rows arrive.
   * Without, the browser sizes the columns by their content.
   */
  widths?: readonly string[]
  /**
   * Rows as cards of labelled lines on a phone (`.stacked` in styles/feedings.css). The table's
   * roles are then stated, because a browser that lays a table out as blocks drops them; the row's
   * cells carry `role="cell"` (or `columnheader`) and `data-label` themselves.
   */
  stacked?: boolean
  /**
   * The loads whose answers the page shows above the table (a notice, who the user is): the table,
   * its placeholder rows too, first appears only once each has its answer or its error, so that what
   * arrives above never pushes it down as the page opens (a layout shift).
   */
  waitFor?: readonly AsyncState<unknown>[]
}

/** Whether a load has its answer (or its error) for its current inputs; a reload keeps the answer. */
function settled(state: AsyncState<unknown>) {
  return state.data !== undefined || state.error !== undefined || !state.loading
}

/** How many cells `head` makes (fragments unwrapped). */
function countCells(head: ReactNode): number {
  return Children.toArray(head).reduce<number>(
    (n, child) =>
      n +
      (isValidElement<{ children?: ReactNode }>(child) && child.type === Fragment
        ? countCells(child.props.children)
        : 1),
    0,
  )
}

/**
 * A page of a list in each of its states: failed (with Try again), loading, empty, or a table in its
 * scrolling wrapper; then the pagination once the page is there. While loading, the table is
 * already there, its header and a page of placeholder rows, hidden from assistive technology (a
 * status says what is loading): the page keeps its layout when the rows arrive, nothing below moves.
 */
export function PagedTable<T>({
  list,
  what,
  empty,
  head,
  row,
  onPage,
  pageSize = 10,
  widths,
  stacked,
  waitFor = [],
}: PagedTableProps<T>) {
  // Once there, the table stays while the page loads again for new filters (its header keeps the
  // sort buttons where they were); only its first appearance waits.
  const [appeared, setAppeared] = useState(false)
  const ready = appeared || waitFor.every(settled)
  if (ready && !appeared) setAppeared(true)
  if (!ready) {
    return <Loading what={what} hidden />
  }
  const loading = list.loading && !list.data && !list.error
  const columns = countCells(head)
  return (
    <>
      {list.error && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {loading && <Loading what={what} hidden />}
      {list.data && list.data.items.length === 0 && <Empty>{empty}</Empty>}
      {(loading || (list.data && list.data.items.length > 0)) && (
        <div className={stacked ? 'table-wrap stacked' : 'table-wrap'}>
          <table
            role={stacked ? 'table' : undefined}
            className={widths ? 'fixed-columns' : undefined}
            style={widths ? { ['--columns' as string]: widths.length } : undefined}
          >
            {widths && (
              <colgroup>
                {widths.map((width, i) => (
                  <col key={i} style={{ width }} />
                ))}
              </colgroup>
            )}
            <thead role={stacked ? 'rowgroup' : undefined}>
              <tr role={stacked ? 'row' : undefined}>{head}</tr>
            </thead>
            {/* Keyed apart: the data's rows replace the placeholders, React does not reuse them. */}
            {list.data ? (
              <tbody key="rows" role={stacked ? 'rowgroup' : undefined}>
                {list.data.items.map((item) => row(item))}
              </tbody>
            ) : (
              <tbody key="placeholders" className="placeholder-rows" aria-hidden="true">
                {Array.from({ length: pageSize }, (_, i) => (
                  <tr key={i}>
                    {Array.from({ length: columns }, (_, j) => (
                      <td key={j}>
                        <span className="placeholder" />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            )}
          </table>
        </div>
      )}
      {list.data && <Pagination page={list.data} onPage={onPage} />}
    </>
  )
}
