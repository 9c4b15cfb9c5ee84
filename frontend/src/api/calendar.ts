import { api } from './zoo'

/**
 * The date (YYYY-MM-DD) it is at `now` in `timeZone`. The forms count days in the zoo's time
 * zone, as the server does, not in the browser's or in UTC.
 */
export function dateIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

let zooZone: Promise<string | null> | undefined

/** Whether `day` is a real day written `YYYY-MM-DD` (`2026-02-30` and `2026-13-01` are not). */
export function isDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    return false
  }
  const date = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day
}

/**
 * The day `days` after `day` (both YYYY-MM-DD; negative goes back), by the calendar, not by 24
 * hours. `day` must be a real day (see `isDay`); otherwise a RangeError.
 */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** The zoo's time zone (`timeZone` of /api/info, asked once); null when it cannot be known. */
export function zooTimeZone(): Promise<string | null> {
  zooZone ??= api.info().then(
    (info) => info.timeZone ?? null,
    () => {
      zooZone = undefined // ask again next time
      return null
    },
  )
  return zooZone
}

/**
 * Today in the zoo's time zone (`timeZone` of /api/info, asked once). Null when the zone cannot be
 * known: then no date is refused in the browser, and the server's answer decides.
 */
export async function zooToday(now: Date = new Date()): Promise<string | null> {
  const zone = await zooTimeZone()
  return zone ? dateIn(zone, now) : null
}

/** For tests: forget the zone asked before. */
export function forgetZooZone(): void {
  zooZone = undefined
}
