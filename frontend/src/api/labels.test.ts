import { describe, expect, it } from 'vitest'
import { CONSERVATION_STATUSES, ENUM_LABELS, HABITATS, USER_ROLES } from './enums'
import { choices, label } from './labels'

describe('enum labels', () => {
  it('says the IUCN Red List words for conservation statuses', () => {
    expect(CONSERVATION_STATUSES.map((s) => label('conservationStatus', s))).toEqual([
      'Least concern',
      'Near threatened',
      'Vulnerable',
      'Endangered',
      'Critically endangered',
      'Extinct in the wild',
      'Extinct',
      'Data deficient',
      'Not evaluated',
    ])
  })

  it('labels every value of every enumeration, none with its raw code', () => {
    for (const [kind, labels] of Object.entries(ENUM_LABELS)) {
      for (const [value, text] of Object.entries(labels)) {
        expect(text, `${kind} ${value}`).toMatch(/^\p{Lu}/u)
        expect(text, `${kind} ${value}`).not.toBe(value)
      }
    }
  })

  it('gives words for animals, feedings and roles', () => {
    expect(label('animalStatus', 'ACTIVE')).toBe('Active')
    expect(label('sex', 'MALE')).toBe('Male')
    expect(label('diet', 'HERBIVORE')).toBe('Herbivore')
    expect(label('feedingState', 'OVERDUE')).toBe('Overdue')
    expect(USER_ROLES.map((r) => label('role', r))).toEqual(['Viewer', 'Keeper', 'Administrator'])
  })

  it('shows a value it does not know as it came', () => {
    expect(label('habitat', 'MOON')).toBe('MOON')
    expect(label('habitat', 'toString')).toBe('toString')
  })

  it('offers the choices in the enum order, valued by code and labelled by word', () => {
    const habitats = choices('habitat')
    expect(habitats.map((c) => c.value)).toEqual([...HABITATS])
    expect(habitats[0]).toEqual({ value: 'SAVANNA', label: 'Savanna' })
  })
})
