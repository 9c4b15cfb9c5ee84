import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { choices, label } from '../../api/labels'
import { api } from '../../api/zoo'
import { PagedTable } from '../../components/PagedTable'
import { useAsync } from '../../components/useAsync'
import { can } from '../../auth/permissions'
import { useRole } from '../../auth/useSession'
import { Options, type Choice } from '../../components/Options'
import { SortableHeader } from '../../components/SortableHeader'
import { useListParams } from '../../components/useListParams'

/** Field, label and the column's width (fixed: the header stays put while the rows load). */
const COLUMNS = [
  ['name', 'Name', '17%'],
  ['speciesName', 'Species', '21%'],
  ['enclosureName', 'Enclosure', '19%'],
  ['sex', 'Sex', '11%'],
  ['arrivalDate', 'Arrived', '14%'],
  ['status', 'Status', '18%'],
] as const

const PAGE_SIZE = 20

/** The animal list; every filter lives in the URL, so a view can be shared and Back works. */
export function AnimalsPage() {
  const { params, update, toggleSort: sortBy } = useListParams()
  const q = params.get('q') ?? ''
  const speciesId = params.get('speciesId') ?? ''
  const enclosureId = params.get('enclosureId') ?? ''
  const status = params.get('status') ?? ''
  const sort = params.get('sort') ?? 'name,asc'
  const page = Number(params.get('page') ?? '0') || 0

  const animals = useAsync(
    () => api.animals.list({ q, speciesId, enclosureId, status, sort, page, size: PAGE_SIZE }),
    [q, speciesId, enclosureId, status, sort, page],
  )
  const species = useAsync(() => api.species.list({ size: 100, sort: 'commonName,asc' }), [])
  const enclosures = useAsync(() => api.enclosures.list({ size: 100, sort: 'name,asc' }), [])

  // Typing searches after a short pause, without a history entry per keystroke.
  // (The box follows the URL when that changes by itself: back, forward, a link.)
  const [search, setSearch] = useState(q)
  const [searchedFor, setSearchedFor] = useState(q)
  if (q !== searchedFor) {
    setSearchedFor(q)
    setSearch(q)
  }
  useEffect(() => {
    if (search === q) {
      return
    }
    const timer = setTimeout(() => update({ q: search }), 300)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search])

  /** The select filters, each a URL parameter; the first choice (the empty value) filters nothing. */
  const filters: { param: string; label: string; all: string; items?: readonly (string | Choice)[] }[] = [
    {
      param: 'speciesId',
      label: 'Species',
      all: 'All species',
      items: species.data?.items.map((s) => ({ value: s.id, label: s.commonName })),
    },
    {
      param: 'enclosureId',
      label: 'Enclosure',
      all: 'All enclosures',
      items: enclosures.data?.items.map((e) => ({ value: e.id, label: e.name })),
    },
    { param: 'status', label: 'Status', all: 'All statuses', items: choices('animalStatus') },
  ]

  const role = useRole()
  const toggleSort = (field: string) => sortBy(sort, field)

  return (
    <>
      <div className="page-title">
        <h1>Animals</h1>
        {can.editAnimals(role) && (
          <Link className="button" to="/animals/new">
            New animal
          </Link>
        )}
      </div>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          Name
          <input
            type="search"
            value={search}
            placeholder="Search by name"
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        {filters.map(({ param, label, all, items }) => (
          <label key={param}>
            {label}
            <select value={params.get(param) ?? ''} onChange={(e) => update({ [param]: e.target.value })}>
              <option value="">{all}</option>
              <Options items={items} />
            </select>
          </label>
        ))}
      </form>
      <PagedTable
        list={animals}
        what="animals"
        pageSize={PAGE_SIZE}
        widths={COLUMNS.map(([, , width]) => width)}
        empty="No animals match. Clear a filter or add a new animal."
        head={COLUMNS.map(([field, label]) => (
          <SortableHeader key={field} field={field} label={label} sort={sort} onSort={toggleSort} />
        ))}
        row={(a) => (
          <tr key={a.id}>
            <td>
              <Link to={`/animals/${a.id}`}>{a.name}</Link>
            </td>
            <td>{a.speciesName}</td>
            <td>{a.enclosureName ?? '—'}</td>
            <td>{label('sex', a.sex)}</td>
            <td>{a.arrivalDate}</td>
            <td>
              <span className={`status status-${a.status.toLowerCase()}`}>{label('animalStatus', a.status)}</span>
            </td>
          </tr>
        )}
        onPage={(p) => update({ page: String(p) })}
      />
    </>
  )
}
