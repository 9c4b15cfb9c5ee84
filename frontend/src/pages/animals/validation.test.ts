import { describe, expect, it } from 'vitest'
import { EMPTY_ANIMAL, toInput, validateAnimal, type AnimalFormValues } from './validation'

const TODAY = '2026-06-15'
const valid: AnimalFormValues = {
  ...EMPTY_ANIMAL,
  name: 'Kibo',
  speciesId: '3',
  enclosureId: '2',
  arrivalDate: '2025-01-01',
  dateOfBirth: '2024-01-01',
}

describe('validateAnimal mirrors the server rules', () => {
  it('accepts a valid animal', () => {
    expect(validateAnimal(valid, TODAY)).toEqual({})
  })

  it('requires name, species and arrival date', () => {
    expect(validateAnimal({ ...EMPTY_ANIMAL, name: '  ' }, TODAY)).toMatchObject({
      name: 'is required',
      speciesId: 'is required',
      arrivalDate: 'is required',
    })
  })

  it('rejects dates in the future and birth after arrival', () => {
    expect(validateAnimal({ ...valid, arrivalDate: '2026-06-16' }, TODAY).arrivalDate).toBe('must not be in the future')
    expect(validateAnimal({ ...valid, dateOfBirth: '2026-06-16' }, TODAY).dateOfBirth).toBe('must not be in the future')
    expect(validateAnimal({ ...valid, dateOfBirth: '2025-02-01' }, TODAY).dateOfBirth).toBe(
      'must not be after the arrival date',
    )
  })

  it('needs an enclosure only while ACTIVE', () => {
    expect(validateAnimal({ ...valid, enclosureId: '' }, TODAY).enclosureId).toBe('is required for an active animal')
    expect(validateAnimal({ ...valid, enclosureId: '', status: 'TRANSFERRED' }, TODAY)).toEqual({})
  })

  it('converts to the API shape', () => {
    expect(toInput({ ...valid, dateOfBirth: '', notes: ' ', enclosureId: '' })).toMatchObject({
      speciesId: 3,
      enclosureId: null,
      dateOfBirth: null,
      notes: null,
    })
  })
})

describe('without the zoo’s date', () => {
  it('leaves "not in the future" to the server', () => {
    expect(validateAnimal({ ...valid, arrivalDate: '2999-01-01', dateOfBirth: '' }, null)).toEqual({})
  })
})
