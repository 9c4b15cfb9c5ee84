import { useState, type FormEvent } from 'react'
import { ApiError } from '../../api/problem'
import { api } from '../../api/zoo'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { Options, type Choice } from '../../components/Options'

/**
 * The form that schedules a feeding: for one animal (`animalId`, the animal's page), or for the
 * animal chosen among `animals` (the Feedings page).
 */
export function ScheduleFeeding({
  animalId,
  animals,
  onScheduled,
}: {
  animalId?: number
  animals?: Choice[]
  onScheduled: () => void
}) {
  const [chosen, setChosen] = useState('')
  const [when, setWhen] = useState('')
  const [food, setFood] = useState('')
  const [grams, setGrams] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<ApiError>()
  const [done, setDone] = useState('')

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const clientErrors: Record<string, string> = {}
    const animal = animalId ?? (chosen ? Number(chosen) : undefined)
    if (animal === undefined) clientErrors.animalId = 'is required'
    if (!when) clientErrors.scheduledAt = 'is required'
    if (!food.trim()) clientErrors.food = 'is required'
    const quantity = Number(grams)
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 100000) {
      clientErrors.quantityGrams = 'must be between 1 and 100000'
    }
    setErrors(clientErrors)
    setProblem(undefined)
    setDone('')
    if (animal === undefined || Object.keys(clientErrors).length > 0) return
    try {
      const created = await api.feedings.create({
        animalId: animal,
        scheduledAt: new Date(when).toISOString(),
        food: food.trim(),
        quantityGrams: quantity,
      })
      setWhen('')
      setFood('')
      setGrams('')
      setDone(`Scheduled: ${created.animalName}, ${new Date(created.scheduledAt).toLocaleString()}.`)
      onScheduled()
    } catch (err) {
      const apiError = err as ApiError
      setErrors(apiError.fieldErrors ?? {})
      setProblem(apiError)
    }
  }

  return (
    <form className="form form-inline" onSubmit={(e) => void submit(e)} noValidate aria-label="Schedule a feeding">
      {problem && <ErrorMessage error={problem} />}
      {animals && (
        <Field label="Animal" error={errors.animalId}>
          {(p) => (
            <select {...p} value={chosen} onChange={(e) => setChosen(e.target.value)} required>
              <option value="">Choose an animal</option>
              <Options items={animals} />
            </select>
          )}
        </Field>
      )}
      <Field label="When" error={errors.scheduledAt}>
        {(p) => <input {...p} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />}
      </Field>
      <Field label="Food" error={errors.food}>
        {(p) => <input {...p} value={food} onChange={(e) => setFood(e.target.value)} maxLength={100} />}
      </Field>
      <Field label="Grams" error={errors.quantityGrams}>
        {(p) => (
          <input {...p} type="number" min={1} max={100000} value={grams} onChange={(e) => setGrams(e.target.value)} />
        )}
      </Field>
      <div className="actions">
        <button type="submit">Schedule feeding</button>
        {done && (
          <span className="muted" role="status">
            {done}
          </span>
        )}
      </div>
    </form>
  )
}
