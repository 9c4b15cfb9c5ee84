import { useState, type FormEvent } from 'react'
import { zooToday } from '../../api/calendar'
import { ApiError } from '../../api/problem'
import { choices } from '../../api/labels'
import type { Animal, Enclosure, Species } from '../../api/model'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { EMPTY_ANIMAL, validateAnimal, type AnimalFormValues } from './validation'
import { Options } from '../../components/Options'

export function valuesOf(animal: Animal): AnimalFormValues {
  return {
    name: animal.name,
    speciesId: String(animal.speciesId),
    enclosureId: animal.enclosureId === null ? '' : String(animal.enclosureId),
    sex: animal.sex,
    dateOfBirth: animal.dateOfBirth ?? '',
    arrivalDate: animal.arrivalDate,
    status: animal.status,
    notes: animal.notes ?? '',
  }
}

interface AnimalFormProps {
  initial?: AnimalFormValues
  species: Species[]
  enclosures: Enclosure[]
  /** Saves; throws ApiError, whose field errors are shown beside the fields. */
  onSubmit: (values: AnimalFormValues) => Promise<void>
  submitLabel: string
  /** Shown, not edited: the role may not change animals. */
  readOnly?: boolean
}

/** The animal form: client checks first, then the server's per-field answer next to each field. */
export function AnimalForm({
  initial = EMPTY_ANIMAL,
  species,
  enclosures,
  onSubmit,
  submitLabel,
  readOnly = false,
}: AnimalFormProps) {
  const [values, setValues] = useState<AnimalFormValues>(initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<ApiError>()
  const [saving, setSaving] = useState(false)

  const set = (field: keyof AnimalFormValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const clientErrors = validateAnimal(values, await zooToday())
    setErrors(clientErrors)
    setProblem(undefined)
    if (Object.keys(clientErrors).length > 0) {
      return
    }
    setSaving(true)
    try {
      await onSubmit(values)
    } catch (err) {
      const apiError = err instanceof ApiError ? err : new ApiError(0, { detail: String(err) })
      setErrors(apiError.fieldErrors)
      setProblem(apiError)
    } finally {
      setSaving(false)
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-label="Animal">
      {problem && !problem.isStaleVersion && <ErrorMessage error={problem} />}
      <fieldset className="plain" disabled={readOnly}>
        <legend className="visually-hidden">Animal details</legend>
        <Field label="Name" error={errors.name}>
          {(p) => <input {...p} value={values.name} onChange={set('name')} maxLength={100} required />}
        </Field>
        <Field label="Species" error={errors.speciesId}>
          {(p) => (
            <select {...p} value={values.speciesId} onChange={set('speciesId')} required>
              <option value="">Choose a species</option>
              <Options items={species.map((s) => ({ value: s.id, label: s.commonName }))} />
            </select>
          )}
        </Field>
        <Field label="Status" error={errors.status}>
          {(p) => (
            <select {...p} value={values.status} onChange={set('status')}>
              <Options items={choices('animalStatus')} />
            </select>
          )}
        </Field>
        <Field label="Enclosure" error={errors.enclosureId} hint="Required while the animal is active">
          {(p) => (
            <select {...p} value={values.enclosureId} onChange={set('enclosureId')}>
              <option value="">None</option>
              <Options
                items={enclosures.map((e) => ({ value: e.id, label: `${e.name} (${e.occupancy}/${e.capacity})` }))}
              />
            </select>
          )}
        </Field>
        <Field label="Sex" error={errors.sex}>
          {(p) => (
            <select {...p} value={values.sex} onChange={set('sex')}>
              <Options items={choices('sex')} />
            </select>
          )}
        </Field>
        <Field label="Date of birth" error={errors.dateOfBirth} hint="Leave empty if unknown">
          {(p) => <input {...p} type="date" value={values.dateOfBirth} onChange={set('dateOfBirth')} />}
        </Field>
        <Field label="Arrival date" error={errors.arrivalDate}>
          {(p) => <input {...p} type="date" value={values.arrivalDate} onChange={set('arrivalDate')} required />}
        </Field>
        <Field label="Notes" error={errors.notes}>
          {(p) => <textarea {...p} value={values.notes} onChange={set('notes')} rows={3} maxLength={2000} />}
        </Field>
      </fieldset>
      {!readOnly && (
        <div className="actions">
          <button type="submit" disabled={saving}>
            {saving ? 'Saving…' : submitLabel}
          </button>
        </div>
      )}
    </form>
  )
}
