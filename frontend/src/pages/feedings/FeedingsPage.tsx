/* eslint-disable jsx-a11y/no-interactive-element-to-noninteractive-role --
   The table's cells state role="cell" (and columnheader): on a phone they are laid out as blocks,
   which makes Chromium drop their table roles (jsx-a11y counts td as an interactive gridcell). */
import { useRef, useState } from 'react'
import { Link } from 'react-router'
import { addDays, dateIn, isDay, zooTimeZone } from '../../api/calendar'
import { choices, label } from '../../api/labels'
import { ApiError } from '../../api/problem'
import type { Feeding, Keeper } from '../../api/model'
import { api } from '../../api/zoo'
import { can } from '../../auth/permissions'
import { useRole } from '../../auth/useSession'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Options } from '../../components/Options'
import { PagedTable } from '../../components/PagedTable'
import { useAsync } from '../../components/useAsync'
import { ScheduleFeeding } from './ScheduleFeeding'
import { SortableHeader } from '../../components/SortableHeader'
import { useListParams } from '../../components/useListParams'

/** The date range presets; `custom` takes `from` and `to` from the URL. */
export const RANGES = [
  ['today', 'Today'],
  ['week', 'Next 7 days'],
  ['all', 'All dates'],
  ['custom', 'Custom'],
] as const

type Range = (typeof RANGES)[number][0]

/** The columns: the API's sort key (null: not sortable), the heading, the width. */
const COLUMNS = [
  ['scheduledAt', 'Time', '15%'],
  ['animalName', 'Animal', '13%'],
  ['enclosureName', 'Enclosure', '13%'],
  ['food', 'Food', '11%'],
  ['quantityGrams', 'Quantity', '11%'],
  [null, 'State', '11%'],
  ['fedByName', 'Fed by', '14%'],
] as const

/** The width of the column of Mark fed buttons, shown to whoever may mark feedings fed. */
const ACTIONS_WIDTH = '12%'

const PAGE_SIZE = 20

/** The days of `range` as the API's `from` and `to` (days of the zoo's calendar, `today` among them). */
export function daysOf(range: Range, today: string, from: string, to: string): { from?: string; to?: string } {
  switch (range) {
    case 'today':
      return { from: today, to: today }
    case 'week':
      return { from: today, to: addDays(today, 6) }
    case 'all':
      return {}
    case 'custom':
      return { from: from || undefined, to: to || undefined }
  }
}

function rangeParam(value: string | null): Range {
  return RANGES.some(([r]) => r === value) ? (value as Range) : 'today'
}

/** The zoo's calendar: today and the zone times are shown in (the browser's when /api/info does not say). */
async function zooCalendar() {
  const zone = (await zooTimeZone()) ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  return { zone, today: dateIn(zone) }
}

/** A time, in the zoo's zone: the weekday and date too unless the list shows one day only. */
function timeText(iso: string, zone: string, withDate: boolean) {
  return new Intl.DateTimeFormat(undefined, {
    timeZone: zone,
    ...(withDate ? { weekday: 'short', day: 'numeric', month: 'short' } : {}),
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso))
}

/**
 * The keepers' round: feedings by day (today, the next 7 days, any), enclosure, keeper's round and
 * state, each filter in the URL; completed in place (an administrator names who fed, a keeper
 * records as their own keeper record) and scheduled from here.
 */
export function FeedingsPage() {
  const { params, update, toggleSort: sortBy } = useListParams()
  const range = rangeParam(params.get('days'))
  const from = params.get('from') ?? ''
  const to = params.get('to') ?? ''
  const enclosureId = params.get('enclosureId') ?? ''
  const keeperId = params.get('keeperId') ?? ''
  const state = params.get('state') ?? ''
  const sort = params.get('sort') ?? 'scheduledAt,asc'
  const page = Number(params.get('page') ?? '0') || 0

  const calendar = useAsync(zooCalendar, [])
  const today = calendar.data?.today
  const zone = calendar.data?.zone ?? 'UTC'
  const days = today ? daysOf(range, today, from, to) : undefined
  const feedings = useAsync(
    () =>
      days
        ? api.feedings.list({ ...days, enclosureId, keeperId, state, sort, page, size: PAGE_SIZE })
        : new Promise<never>(() => {}),
    [today, range, from, to, enclosureId, keeperId, state, sort, page],
  )
  // Feedings left undone on earlier days do not show under "Today": say how many there are. Not
  // known (loading) until the zoo's calendar says which day is today.
  const earlier = useAsync(
    () =>
      !days
        ? new Promise<never>(() => {})
        : days.from && isDay(days.from) && state !== 'DONE'
          ? api.feedings.list({ state: 'OVERDUE', to: addDays(days.from, -1), enclosureId, keeperId, size: 1 })
          : Promise.resolve(null),
    [days === undefined, days?.from, state, enclosureId, keeperId],
  )
  const enclosures = useAsync(() => api.enclosures.list({ size: 100, sort: 'name,asc' }), [])
  const keepers = useAsync(() => api.keepers.list({ size: 100, sort: 'fullName,asc' }), [])

  const role = useRole()
  const mayFeed = can.feed(role)
  const namesKeeper = role === 'admin'
  // A keeper records as the keeper record linked to their user: which one, or none.
  const mine = useAsync(
    () => (mayFeed && !namesKeeper ? api.keepers.mine() : Promise.resolve(undefined)),
    [mayFeed, namesKeeper],
  )

  const toggleSort = (field: string) => sortBy(sort, field)

  // Who an administrator records as having fed: their choice, else the keeper whose round is shown.
  const [chosenFeeder, setChosenFeeder] = useState('')
  const feeder = chosenFeeder || keeperId
  const [feederError, setFeederError] = useState('')
  const feederSelect = useRef<HTMLSelectElement>(null)
  const [outcome, setOutcome] = useState<{ text?: string; error?: ApiError }>({})
  const [busy, setBusy] = useState<number>()

  const ownKeeper: Keeper | undefined = mine.data
  const canComplete = mayFeed && (namesKeeper || ownKeeper !== undefined)
  // The column of Mark fed buttons is there for whoever may feed, known before any answer: the
  // columns do not change when the keeper record arrives (it stays empty for a keeper not linked).
  const widths = [...COLUMNS.map(([, , width]) => width), ...(mayFeed ? [ACTIONS_WIDTH] : [])]

  const complete = async (feeding: Feeding) => {
    if (namesKeeper && !feeder) {
      setFeederError('Choose who fed the animal')
      feederSelect.current?.focus()
      return
    }
    setBusy(feeding.id)
    setOutcome({})
    try {
      const done = await api.feedings.complete(feeding.id, namesKeeper ? Number(feeder) : undefined)
      setOutcome({
        text: `${done.animalName} fed by ${done.fedByName ?? 'you'}${done.fedAt ? ` at ${timeText(done.fedAt, zone, false)}` : ''}.`,
      })
      feedings.reload()
      earlier.reload()
    } catch (e) {
      setOutcome({ error: e as ApiError })
    } finally {
      setBusy(undefined)
    }
  }

  const [scheduling, setScheduling] = useState(false)
  const animals = useAsync(
    () =>
      scheduling
        ? api.animals.list({ status: 'ACTIVE', enclosureId, size: 100, sort: 'name,asc' })
        : Promise.resolve(null),
    [scheduling, enclosureId],
  )

  const oneDay = days?.from !== undefined && days.from === days.to
  const keeperChoices = keepers.data?.items.map((k) => ({ value: k.id, label: k.fullName }))
  const overdueEarlier = earlier.data?.totalItems ?? 0

  return (
    <>
      <div className="page-title">
        <h1>Feedings</h1>
        {mayFeed && (
          <button type="button" aria-expanded={scheduling} onClick={() => setScheduling((s) => !s)}>
            {scheduling ? 'Close the schedule form' : 'Schedule a feeding'}
          </button>
        )}
      </div>
      {mayFeed && scheduling && (
        <ScheduleFeeding
          animals={animals.data?.items.map((a) => ({
            value: a.id,
            label: a.enclosureName ? `${a.name} (${a.enclosureName})` : a.name,
          }))}
          onScheduled={() => {
            feedings.reload()
            earlier.reload()
          }}
        />
      )}
      <form className="filters" role="search" aria-label="Filter feedings" onSubmit={(e) => e.preventDefault()}>
        <label>
          Days
          <select value={range} onChange={(e) => update({ days: e.target.value === 'today' ? '' : e.target.value })}>
            <Options items={RANGES.map(([value, text]) => ({ value, label: text }))} />
          </select>
        </label>
        {range === 'custom' && (
          <>
            <label>
              From
              <input
                type="date"
                value={from}
                max={to || undefined}
                onChange={(e) => update({ from: e.target.value })}
              />
            </label>
            <label>
              To
              <input type="date" value={to} min={from || undefined} onChange={(e) => update({ to: e.target.value })} />
            </label>
          </>
        )}
        <label>
          Enclosure
          <select value={enclosureId} onChange={(e) => update({ enclosureId: e.target.value })}>
            <option value="">All enclosures</option>
            <Options items={enclosures.data?.items.map((e) => ({ value: e.id, label: e.name }))} />
          </select>
        </label>
        <label>
          Keeper&apos;s round
          <select value={keeperId} onChange={(e) => update({ keeperId: e.target.value })}>
            <option value="">All keepers</option>
            <Options items={keeperChoices} />
          </select>
        </label>
        <label>
          State
          <select value={state} onChange={(e) => update({ state: e.target.value })}>
            <option value="">All states</option>
            <Options items={choices('feedingState')} />
          </select>
        </label>
      </form>
      {ownKeeper && (
        <p className="feeder">
          You mark feedings fed as <strong>{ownKeeper.fullName}</strong>.{' '}
          {keeperId !== String(ownKeeper.id) && (
            <button type="button" className="link" onClick={() => update({ keeperId: String(ownKeeper.id) })}>
              Show my round
            </button>
          )}
        </p>
      )}
      {mayFeed && !namesKeeper && mine.data === undefined && !mine.loading && !mine.error && (
        <p className="alert alert-warning">
          Your user is not linked to a keeper record, so you cannot mark feedings fed: an administrator links your user
          on your keeper record (Keepers page).
        </p>
      )}
      {mine.error && <ErrorMessage error={mine.error} onRetry={mine.reload} />}
      {namesKeeper && (
        <div className="feeder field">
          <label htmlFor="feeder">Mark fed as</label>
          <select
            id="feeder"
            ref={feederSelect}
            value={feeder}
            aria-invalid={Boolean(feederError)}
            aria-describedby={feederError ? 'feeder-error' : undefined}
            onChange={(e) => {
              setChosenFeeder(e.target.value)
              setFeederError('')
            }}
          >
            <option value="">Choose the keeper who fed</option>
            <Options items={keeperChoices} />
          </select>
          {feederError && (
            <small id="feeder-error" className="field-error">
              {feederError}
            </small>
          )}
        </div>
      )}
      <div aria-live="polite">{outcome.text && <p className="alert alert-success">{outcome.text}</p>}</div>
      {outcome.error && <ErrorMessage error={outcome.error} />}
      {calendar.error && <ErrorMessage error={calendar.error} onRetry={calendar.reload} />}
      {overdueEarlier > 0 && (
        <p className="alert alert-warning">
          {overdueEarlier === 1 ? '1 feeding' : `${overdueEarlier} feedings`} from before {days?.from} still{' '}
          {overdueEarlier === 1 ? 'waits' : 'wait'}.{' '}
          <Link
            to={{
              search: new URLSearchParams({
                days: 'all',
                state: 'OVERDUE',
                ...(enclosureId ? { enclosureId } : {}),
                ...(keeperId ? { keeperId } : {}),
              }).toString(),
            }}
          >
            Show every overdue feeding
          </Link>
        </p>
      )}
      <PagedTable
        list={feedings}
        what="feedings"
        stacked
        pageSize={PAGE_SIZE}
        widths={widths}
        waitFor={[earlier, mine]}
        empty="No feedings match. Choose other days or clear a filter."
        head={
          <>
            {COLUMNS.map(([field, text]) =>
              field === null ? (
                <th key={text} scope="col" role="columnheader">
                  {text}
                </th>
              ) : (
                <SortableHeader
                  key={field}
                  field={field}
                  label={text}
                  sort={sort}
                  onSort={toggleSort}
                  role="columnheader"
                />
              ),
            )}
            {mayFeed && (
              <th scope="col" role="columnheader">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </>
        }
        row={(f) => (
          <tr key={f.id} role="row">
            <td role="cell" data-label="Time">
              <time dateTime={f.scheduledAt}>{timeText(f.scheduledAt, zone, !oneDay)}</time>
            </td>
            <td role="cell" data-label="Animal">
              <Link to={`/animals/${f.animalId}`}>{f.animalName}</Link>
            </td>
            <td role="cell" data-label="Enclosure">
              {f.enclosureName ?? '—'}
            </td>
            <td role="cell" data-label="Food">
              {f.food}
            </td>
            <td role="cell" data-label="Quantity">
              {f.quantityGrams} g
            </td>
            <td role="cell" data-label="State">
              <span className={`status status-${f.state.toLowerCase()}`}>{label('feedingState', f.state)}</span>
            </td>
            <td role="cell" data-label="Fed by">
              {f.fedAt ? (
                <span>
                  {f.fedByName ?? '—'}, <time dateTime={f.fedAt}>{timeText(f.fedAt, zone, true)}</time>
                </span>
              ) : (
                '—'
              )}
            </td>
            {mayFeed && (
              <td role="cell" className="row-action">
                {canComplete && !f.fedAt && (
                  <button
                    type="button"
                    className="secondary"
                    disabled={busy === f.id}
                    aria-label={`Mark fed: ${f.animalName}, ${timeText(f.scheduledAt, zone, !oneDay)}`}
                    onClick={() => void complete(f)}
                  >
                    Mark fed
                  </button>
                )}
              </td>
            )}
          </tr>
        )}
        onPage={(p) => update({ page: String(p) })}
      />
    </>
  )
}
