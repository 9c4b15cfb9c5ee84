import { afterEach, describe, expect, it, vi } from 'vitest'
import { addDays, dateIn, forgetZooZone, isDay, zooToday } from './calendar'
import { api } from './zoo'
import type { Info } from './model'

describe('dateIn counts days in the given zone', () => {
  it('is the zone’s date, not the browser’s or UTC’s', () => {
    const lateEvening = new Date('2026-03-28T23:30:00Z')
    expect(dateIn('UTC', lateEvening)).toBe('2026-03-28')
    expect(dateIn('Europe/Berlin', lateEvening)).toBe('2026-03-29')
    expect(dateIn('America/New_York', new Date('2026-03-29T03:00:00Z'))).toBe('2026-03-28')
    expect(dateIn('Pacific/Kiritimati', new Date('2026-06-15T10:00:00Z'))).toBe('2026-06-16')
  })
})

describe('addDays counts calendar days', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-12-07', 6)).toBe('2026-12-13')
    expect(addDays('2026-12-28', 6)).toBe('2027-01-03')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })
})

describe('zooToday', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    forgetZooZone()
  })

  it('uses the zone /api/info publishes', async () => {
    vi.spyOn(api, 'info').mockResolvedValue({ timeZone: 'Pacific/Kiritimati' } as Info)
    expect(await zooToday(new Date('2026-06-15T10:00:00Z'))).toBe('2026-06-16')
  })

  it('is null when the zone cannot be known, and asks again later', async () => {
    const info = vi.spyOn(api, 'info').mockRejectedValueOnce(new Error('offline'))
    expect(await zooToday()).toBeNull()
    info.mockResolvedValue({ timeZone: 'UTC' } as Info)
    expect(await zooToday(new Date('2026-06-15T10:00:00Z'))).toBe('2026-06-15')
  })
})

describe('isDay', () => {
  it('takes real days only, without rolling over', () => {
    expect(isDay('2026-02-28')).toBe(true)
    expect(isDay('2024-02-29')).toBe(true)
    expect(isDay('2026-02-30')).toBe(false)
    expect(isDay('2026-13-01')).toBe(false)
    expect(isDay('2026-1-01')).toBe(false)
    expect(isDay('')).toBe(false)
  })
})
