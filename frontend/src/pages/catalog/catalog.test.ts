import { describe, expect, it } from 'vitest'
import { ACTIONS_WIDTH, toInput, toValues, validate } from './catalog'
import { enclosureCatalog, keeperCatalog, speciesCatalog, userCatalog } from './catalogs'

const TODAY = '2026-06-15'

describe('catalog field checks mirror the server', () => {
  it('species: required fields', () => {
    expect(
      validate(
        speciesCatalog.fields,
        { commonName: '', scientificName: 'x', conservationStatus: '', diet: 'HERBIVORE' },
        TODAY,
      ),
    ).toEqual({
      commonName: 'is required',
      conservationStatus: 'is required',
    })
  })

  it('enclosures: capacity 1 to 500 and a positive area', () => {
    const errors = validate(
      enclosureCatalog.fields,
      { name: 'A', habitat: 'DESERT', capacity: '501', areaSquareMeters: '0' },
      TODAY,
    )
    expect(errors.capacity).toBe('must be between 1 and 500')
    expect(errors.areaSquareMeters).toBe('must be at least 0.01')
  })

  it('keepers: email and hiring date', () => {
    const errors = validate(
      keeperCatalog.fields,
      { fullName: 'Ada', email: 'no-at-sign', hiredOn: '2026-06-16', enclosureIds: [] },
      TODAY,
    )
    expect(errors).toEqual({ email: 'must be a valid email address', hiredOn: 'must not be in the future' })
  })

  it('leaves "not in the future" to the server when the zoo’s date is unknown', () => {
    const values = { fullName: 'Ada', email: 'ada@zoo.test', hiredOn: '2999-01-01', enclosureIds: [] }
    expect(validate(keeperCatalog.fields, values, null)).toEqual({})
  })

  it('fills the form from a record: numbers and ids as text', () => {
    expect(
      toValues(enclosureCatalog.fields, {
        id: 3,
        version: 1,
        name: 'Pen',
        habitat: 'DESERT',
        capacity: 4,
        areaSquareMeters: 12.5,
        occupancy: 2,
      }),
    ).toEqual({ name: 'Pen', habitat: 'DESERT', capacity: '4', areaSquareMeters: '12.5' })
    expect(
      toValues(keeperCatalog.fields, {
        id: 7,
        version: 0,
        fullName: 'Ada',
        email: 'a@b.c',
        hiredOn: '2020-01-01',
        enclosureIds: [2, 5],
        userId: 12,
      }),
    ).toEqual({ fullName: 'Ada', email: 'a@b.c', hiredOn: '2020-01-01', enclosureIds: ['2', '5'], userId: '12' })
  })

  it('converts form values to the API shape', () => {
    expect(
      toInput(enclosureCatalog.fields, { name: ' Pen ', habitat: 'DESERT', capacity: '4', areaSquareMeters: '12.5' }),
    ).toEqual({
      name: 'Pen',
      habitat: 'DESERT',
      capacity: 4,
      areaSquareMeters: 12.5,
    })
    expect(
      toInput(keeperCatalog.fields, {
        fullName: 'Ada',
        email: 'a@b.c',
        hiredOn: '2020-01-01',
        enclosureIds: ['2', '5'],
      }),
    ).toMatchObject({
      enclosureIds: [2, 5],
    })
  })

  it('sends the linked user as an id, and no user as null (unlinks)', () => {
    const keeper = { fullName: 'Ada', email: 'a@b.c', hiredOn: '2020-01-01', enclosureIds: [] }
    expect(toInput(keeperCatalog.fields, { ...keeper, userId: '12' })).toMatchObject({ userId: 12 })
    expect(toInput(keeperCatalog.fields, { ...keeper, userId: '' })).toMatchObject({ userId: null })
    expect(toValues(keeperCatalog.fields, { ...keeper, id: 1, version: 0, userId: null }).userId).toBe('')
  })
})

describe('users', () => {
  it('checks the name, the role and the password length like the server', async () => {
    const { userCatalog } = await import('./catalogs')
    expect(validate(userCatalog.fields, { username: 'a b', role: '', password: 'short' }, TODAY)).toEqual({
      username: 'must be 3 to 50 letters, digits or . _ @ -',
      role: 'is required',
      password: 'must be at least 12 characters',
    })
    expect(validate(userCatalog.fields, { username: 'kim.keeper', role: 'keeper', password: '' }, TODAY)).toEqual({})
  })

  it('starts editing with an empty password', async () => {
    const { userCatalog } = await import('./catalogs')
    expect(toValues(userCatalog.fields, { id: 2, version: 0, username: 'kim', role: 'viewer' })).toEqual({
      username: 'kim',
      role: 'viewer',
      password: '',
    })
  })

  it('sends no password when the field is left empty, and a typed one as typed', async () => {
    const { userCatalog } = await import('./catalogs')
    expect(toInput(userCatalog.fields, { username: ' kim ', role: 'viewer', password: '' })).toEqual({
      username: 'kim',
      role: 'viewer',
    })
    expect(toInput(userCatalog.fields, { username: 'kim', role: 'viewer', password: ' spaced pass phrase ' })).toEqual({
      username: 'kim',
      role: 'viewer',
      password: ' spaced pass phrase ',
    })
  })
})

describe('catalog tables keep their columns', () => {
  it.each([
    ['species', speciesCatalog],
    ['enclosures', enclosureCatalog],
    ['keepers', keeperCatalog],
    ['users', userCatalog],
  ])('%s: the columns and the Edit/Delete column take the whole width', (_, catalog) => {
    const percent = (width: string) => {
      expect(width).toMatch(/^\d+%$/)
      return Number(width.slice(0, -1))
    }
    const total = catalog.columns.reduce((sum, c) => sum + percent(c.width), 0) + percent(ACTIONS_WIDTH)
    expect(total).toBe(100)
  })
})
