import { useState } from 'react'
import { Link } from 'react-router'
import { label } from '../../api/labels'
import { ApiError } from '../../api/problem'
import { ANIMAL_STATUSES, type Enclosure, type Feeding, type Keeper } from '../../api/model'
import { api } from '../../api/zoo'
import { Empty, ErrorMessage, Loading } from '../../components/ErrorMessage'
import { useAsync } from '../../components/useAsync'
import { can } from '../../auth/permissions'
import { useRole } from '../../auth/useSession'
import { Options } from '../../components/Options'

export function DashboardPage() {
  return (
    <>
      <h1>Dashboard</h1>
      <div className="grid">
        <AnimalsByStatus />
        <DueFeedings />
      </div>
      <Occupancy />
    </>
  )
}

function AnimalsByStatus() {
  const counts = useAsync(
    () =>
      Promise.all(
        ANIMAL_STATUSES.map(async (status) => ({
          status,
          count: (await api.animals.list({ status, size: 1 })).totalItems,
        })),
      ),
    [],
  )
  return (
    <section className="card" aria-labelledby="by-status">
      <h2 id="by-status">Animals by status</h2>
      {counts.error && <ErrorMessage error={counts.error} onRetry={counts.reload} />}
      {counts.loading && !counts.data && <Loading what="animals" hidden />}
      {/* The statuses are known before their counts: the list is there from the start, a
          placeholder in place of each number until it arrives. */}
      {!counts.error && (
        <ul className="stats">
          {ANIMAL_STATUSES.map((status, i) => (
            <li key={status}>
              <Link to={`/animals?status=${status}`}>
                {counts.data ? (
                  <span className="stat-number">{counts.data[i]?.count}</span>
                ) : (
                  <span className="stat-number" aria-hidden="true">
                    <span className="placeholder" />
                  </span>
                )}{' '}
                {label('animalStatus', status)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function DueFeedings() {
  const due = useAsync(() => api.feedings.list({ due: true, size: 50, sort: 'scheduledAt,asc' }), [])
  // Only administrators name who fed the animal; a keeper records as themselves.
  const namesKeeper = useRole() === 'admin'
  const keepers = useAsync(
    () => (namesKeeper ? api.keepers.list({ size: 100, sort: 'fullName,asc' }) : Promise.resolve(null)),
    [namesKeeper],
  )
  return (
    <section className="card" aria-labelledby="due">
      <h2 id="due">Feedings due now</h2>
      {/* A box of fixed height, scrolling when the list is longer: the sections below stay where
          they are while the list loads, grows or shrinks. */}
      <div className="card-scroll">
        {due.error && <ErrorMessage error={due.error} onRetry={due.reload} />}
        {due.loading && !due.data && <Loading what="feedings" />}
        {due.data && due.data.items.length === 0 && <Empty>Nothing is due. Every animal is fed.</Empty>}
        {due.data && due.data.items.length > 0 && (
          <ul className="feedings">
            {due.data.items.map((f) => (
              <DueFeeding
                key={f.id}
                feeding={f}
                keepers={namesKeeper ? (keepers.data?.items ?? []) : null}
                onDone={due.reload}
              />
            ))}
          </ul>
        )}
      </div>
      <p>
        <Link to="/feedings">Today&apos;s round and the coming days</Link>
      </p>
    </section>
  )
}

/**
 * One due feeding. `keepers`: the keepers an administrator chooses from; null for a keeper, who
 * completes it as the keeper record linked to their user (the server decides, and refuses when there
 * is none).
 */
function DueFeeding({ feeding, keepers, onDone }: { feeding: Feeding; keepers: Keeper[] | null; onDone: () => void }) {
  const [keeperId, setKeeperId] = useState('')
  const [error, setError] = useState<ApiError>()
  const [busy, setBusy] = useState(false)
  const complete = async () => {
    setBusy(true)
    try {
      await api.feedings.complete(feeding.id, keepers ? Number(keeperId) : undefined)
      onDone()
    } catch (e) {
      setError(e as ApiError)
    } finally {
      setBusy(false)
    }
  }
  const selectId = `keeper-${feeding.id}`
  const mayFeed = can.feed(useRole())
  return (
    <li className="feeding">
      <span>
        <Link to={`/animals/${feeding.animalId}`}>{feeding.animalName}</Link>: {feeding.quantityGrams} g {feeding.food},
        since {new Date(feeding.scheduledAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
      </span>
      {mayFeed && keepers && (
        <span className="inline-form">
          <label htmlFor={selectId} className="visually-hidden">
            Keeper for {feeding.animalName}
          </label>
          <select id={selectId} value={keeperId} onChange={(e) => setKeeperId(e.target.value)}>
            <option value="">Fed by…</option>
            <Options items={keepers.map((k) => ({ value: k.id, label: k.fullName }))} />
          </select>
          <button type="button" disabled={!keeperId || busy} onClick={() => void complete()}>
            Mark fed
          </button>
        </span>
      )}
      {mayFeed && !keepers && (
        <span className="inline-form">
          <button
            type="button"
            disabled={busy}
            aria-label={`Mark fed: ${feeding.animalName}, by you`}
            onClick={() => void complete()}
          >
            Mark fed
          </button>
        </span>
      )}
      {error && <ErrorMessage error={error} />}
    </li>
  )
}

function Occupancy() {
  const enclosures = useAsync(() => api.enclosures.list({ size: 100, sort: 'name,asc' }), [])
  return (
    <section className="card" aria-labelledby="occupancy">
      <h2 id="occupancy">Enclosure occupancy</h2>
      {enclosures.error && <ErrorMessage error={enclosures.error} onRetry={enclosures.reload} />}
      {enclosures.loading && !enclosures.data && <Loading what="enclosures" />}
      {enclosures.data && enclosures.data.items.length === 0 && <Empty>No enclosures yet.</Empty>}
      {enclosures.data && (
        <ul className="bars">
          {enclosures.data.items.map((e) => (
            <OccupancyBar key={e.id} enclosure={e} />
          ))}
        </ul>
      )}
    </section>
  )
}

export function OccupancyBar({ enclosure }: { enclosure: Enclosure }) {
  const full = enclosure.occupancy >= enclosure.capacity
  const percent = Math.min(100, Math.round((enclosure.occupancy / enclosure.capacity) * 100))
  return (
    <li className={full ? 'bar bar-full' : 'bar'}>
      <span className="bar-label">
        {enclosure.name}
        {full && <strong className="badge">Full</strong>}
      </span>
      <meter
        min={0}
        max={enclosure.capacity}
        value={enclosure.occupancy}
        aria-label={`${enclosure.name}: ${enclosure.occupancy} of ${enclosure.capacity}`}
        style={{ ['--fill' as string]: `${percent}%` }}
      />
      <span className="bar-value">
        {enclosure.occupancy} / {enclosure.capacity}
      </span>
    </li>
  )
}
