import { useSearchParams } from 'react-router'

/**
 * A list page's filters, sort and page, kept in the URL's search parameters (so a filtered list is
 * a link, and a reload or Back shows the same list).
 *
 * - `params`: the current parameters.
 * - `update(changes)`: sets each given parameter (an empty string removes it); any change but the
 *   page goes back to the first page.
 * - `toggleSort(sort, field)`: with the current `sort` (`field,asc|desc`), sorts by `field`
 *   ascending, or descending when it is sorted by it ascending already.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams()

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(changes)) {
      if (value) {
        next.set(key, value)
      } else {
        next.delete(key)
      }
    }
    if (!('page' in changes)) {
      next.delete('page')
    }
    setParams(next)
  }

  const toggleSort = (sort: string, field: string) => {
    const [sortField, sortDirection] = sort.split(',')
    update({ sort: `${field},${field === sortField && sortDirection === 'asc' ? 'desc' : 'asc'}` })
  }

  return { params, update, toggleSort }
}
