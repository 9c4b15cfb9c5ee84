import type { AnimalInput } from '../../api/model'

/** The form's values: everything a string, as inputs hold them. */
export interface AnimalFormValues {
  name: string
  speciesId: string
  enclosureId: string
  sex: string
  dateOfBirth: string
  arrivalDate: string
  status: string
  notes: string
}

export const EMPTY_ANIMAL: AnimalFormValues = {
  name: '',
  speciesId: '',
  enclosureId: '',
  sex: 'UNKNOWN',
  dateOfBirth: '',
  arrivalDate: '',
  status: 'ACTIVE',
  notes: '',
}

/**
 * The server's rules, checked before sending so that the common mistakes need no round trip.
 * The server checks them again; its answer is shown the same way (field → message).
 * `today` is the zoo's date (see api/calendar); null leaves "not in the future" to the server.
 */
export function validateAnimal(v: AnimalFormValues, today: string | null): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!v.name.trim()) {
    errors.name = 'is required'
  } else if (v.name.trim().length > 100) {
    errors.name = 'must be at most 100 characters'
  }
  if (!v.speciesId) {
    errors.speciesId = 'is required'
  }
  if (!v.arrivalDate) {
    errors.arrivalDate = 'is required'
  } else if (today !== null && v.arrivalDate > today) {
    errors.arrivalDate = 'must not be in the future'
  }
  if (v.dateOfBirth) {
    if (today !== null && v.dateOfBirth > today) {
      errors.dateOfBirth = 'must not be in the future'
    } else if (v.arrivalDate && v.dateOfBirth > v.arrivalDate) {
      errors.dateOfBirth = 'must not be after the arrival date'
    }
  }
  if (v.status === 'ACTIVE' && !v.enclosureId) {
    errors.enclosureId = 'is required for an active animal'
  }
  if (v.notes.length > 2000) {
    errors.notes = 'must be at most 2000 characters'
  }
  return errors
}

export function toInput(v: AnimalFormValues): AnimalInput {
  return {
    name: v.name.trim(),
    speciesId: Number(v.speciesId),
    enclosureId: v.enclosureId ? Number(v.enclosureId) : null,
    sex: v.sex as AnimalInput['sex'],
    dateOfBirth: v.dateOfBirth || null,
    arrivalDate: v.arrivalDate,
    status: v.status as AnimalInput['status'],
    notes: v.notes.trim() || null,
  }
}
