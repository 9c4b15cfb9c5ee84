import { describe, expect, it } from 'vitest'
import { can } from './permissions'

describe('can', () => {
  it('mirrors the server: keepers edit animals and feed, admins everything', () => {
    expect([can.editAnimals('viewer'), can.editAnimals('keeper'), can.editAnimals('admin')]).toEqual([
      false,
      true,
      true,
    ])
    expect([can.feed('viewer'), can.feed('keeper'), can.feed('admin')]).toEqual([false, true, true])
    expect([can.editCatalogs('viewer'), can.editCatalogs('keeper'), can.editCatalogs('admin')]).toEqual([
      false,
      false,
      true,
    ])
    expect([can.delete('viewer'), can.delete('keeper'), can.delete('admin')]).toEqual([false, false, true])
    expect(can.feed(undefined)).toBe(false)
  })
})
