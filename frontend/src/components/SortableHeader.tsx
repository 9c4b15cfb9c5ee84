/**
 * A column header that sorts the list by `field`: a button that says the direction (▲ ascending,
 * ▼ descending) and `aria-sort` for assistive technology. `sort` is the list's current
 * `field,asc|desc`; `onSort(field)` asks for the next order (see useListParams' toggleSort).
 * `role`: stated where a phone layout drops the table's roles (PagedTable's `stacked`).
 */
export function SortableHeader({
  field,
  label,
  sort,
  onSort,
  role,
}: {
  field: string
  label: string
  sort: string
  onSort: (field: string) => void
  role?: 'columnheader'
}) {
  const [sortField, sortDirection] = sort.split(',')
  const sorted = field === sortField
  return (
    <th scope="col" role={role} aria-sort={sorted ? (sortDirection === 'desc' ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort" onClick={() => onSort(field)}>
        {label}
        {sorted ? (sortDirection === 'desc' ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  )
}
