import type { Page } from '../api/model'

/** Previous/next through a page of the API, with where we are. */
export function Pagination({ page, onPage }: { page: Page<unknown>; onPage: (page: number) => void }) {
  if (page.totalPages <= 1) {
    return null
  }
  return (
    <nav className="pagination" aria-label="Pages">
      <button type="button" disabled={page.page === 0} onClick={() => onPage(page.page - 1)}>
        ← Previous
      </button>
      <span>
        Page {page.page + 1} of {page.totalPages} ({page.totalItems} in all)
      </span>
      <button type="button" disabled={page.page + 1 >= page.totalPages} onClick={() => onPage(page.page + 1)}>
        Next →
      </button>
    </nav>
  )
}
