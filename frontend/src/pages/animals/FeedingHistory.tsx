import { useState, type FormEvent } from 'react'
import { ApiError } from '../../api/problem'
import type { Animal } from '../../api/model'
import { api } from '../../api/zoo'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field } from '../../components/Field'
import { PagedTable } from '../../components/PagedTable'
import { useAsync } from '../../components/useAsync'
import { can } from '../../auth/permissions'
import { useRole } from '../../auth/useSession'

/** The animal's feedings, newest first, and a form to schedule the next one. */
export function FeedingHistory({ animal }: { animal: Animal }) {
  const [page, setPage] = useState(0)
  const feedings = useAsync(() => api.animals.feedings(animal.id, { page, size: 10 }), [animal.id, page])
  const keepers = useAsync(() => api.keepers.list({ size: 100 }), [])
  const role = useRole()
  const keeperName = (id: number | null) => keepers.data?.items.find((k) => k.id === id)?.fullName ?? `#${id}`

  return (
    <section aria-labelledby="feedings-title">
      <h2 id="feedings-title">Feedings</h2>
      {animal.status === 'ACTIVE' && can.feed(role) && (
        <ScheduleFeeding animalId={animal.id} onScheduled={feedings.reload} />
      )}
      <PagedTable
        list={feedings}
        what="feedings"
        empty="No feedings recorded yet."
        head={
          <>
            <th scope="col">Scheduled</th>
            <th scope="col">Food</th>
            <th scope="col">Quantity</th>
            <th scope="col">Fed</th>
          </>
        }
        row={(f) => (
          <tr key={f.id}>
            <td>{new Date(f.scheduledAt).toLocaleString()}</td>
            <td>{f.food}</td>
            <td>{f.quantityGrams} g</td>
            <td>{f.fedAt ? `${new Date(f.fedAt).toLocaleString()} by ${keeperName(f.fedByKeeperId)}` : 'not yet'}</td>
          </tr>
        )}
        onPage={setPage}
      />
    </section>
  )
}

function ScheduleFeeding({ animalId, onScheduled }: { animalId: number; onScheduled: () => void }) {
  const [when, setWhen] = useState('')
  const [food, setFood] = useState('')
  const [grams, setGrams] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<ApiError>()

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const clientErrors: Record<string, string> = {}
    if (!when) clientErrors.scheduledAt = 'is required'
    if (!food.trim()) clientErrors.food = 'is required'
    const quantity = Number(grams)
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > 100000) {
      clientErrors.quantityGrams = 'must be between 1 and 100000'
    }
    setErrors(clientErrors)
    setProblem(undefined)
    if (Object.keys(clientErrors).length > 0) return
    try {
      await api.feedings.create({
        animalId,
        scheduledAt: new Date(when).toISOString(),
        food: food.trim(),
        quantityGrams: quantity,
      })
      setWhen('')
      setFood('')
      setGrams('')
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
      </div>
    </form>
  )
}
