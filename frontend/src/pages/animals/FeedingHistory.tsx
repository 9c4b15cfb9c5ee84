import { useState } from 'react'
import type { Animal } from '../../api/model'
import { api } from '../../api/zoo'
import { PagedTable } from '../../components/PagedTable'
import { useAsync } from '../../components/useAsync'
import { can } from '../../auth/permissions'
import { useRole } from '../../auth/useSession'
import { ScheduleFeeding } from '../feedings/ScheduleFeeding'

/** The animal's feedings, newest first, and a form to schedule the next one. */
export function FeedingHistory({ animal }: { animal: Animal }) {
  const [page, setPage] = useState(0)
  const feedings = useAsync(() => api.animals.feedings(animal.id, { page, size: 10 }), [animal.id, page])
  const role = useRole()

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
            <td>
              {f.fedAt ? `${new Date(f.fedAt).toLocaleString()} by ${f.fedByName ?? `#${f.fedByKeeperId}`}` : 'not yet'}
            </td>
          </tr>
        )}
        onPage={setPage}
      />
    </section>
  )
}
