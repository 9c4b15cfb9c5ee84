import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { label } from '../../api/labels'
import { ApiError } from '../../api/problem'
import type { Animal } from '../../api/model'
import { api } from '../../api/zoo'
import { ErrorMessage, Loading } from '../../components/ErrorMessage'
import { StaleNotice } from '../../components/StaleNotice'
import { useAsync } from '../../components/useAsync'
import { AnimalForm, valuesOf } from './AnimalForm'
import { FeedingHistory } from './FeedingHistory'
import { toInput, type AnimalFormValues } from './validation'
import { can } from '../../auth/permissions'
import { useRole } from '../../auth/useSession'

/** Create (/animals/new) or edit (/animals/:id) one animal, with its feedings. */
export function AnimalDetailPage() {
  const { id } = useParams()
  const animalId = id ? Number(id) : undefined
  const navigate = useNavigate()
  const animal = useAsync<Animal | undefined>(
    () => (animalId === undefined ? Promise.resolve(undefined) : api.animals.get(animalId)),
    [animalId],
  )
  const species = useAsync(() => api.species.list({ size: 100, sort: 'commonName,asc' }), [])
  const enclosures = useAsync(() => api.enclosures.list({ size: 100, sort: 'name,asc' }), [])
  const [stale, setStale] = useState<{ mine: AnimalFormValues; current: Animal }>()
  const [formKey, setFormKey] = useState(0)
  const [deleteError, setDeleteError] = useState<ApiError>()
  const role = useRole()

  const save = async (values: AnimalFormValues, version?: number) => {
    try {
      if (animalId === undefined) {
        const created = await api.animals.create(toInput(values))
        navigate(`/animals/${created.id}`, { replace: true })
      } else {
        await api.animals.update(animalId, { ...toInput(values), version: version ?? animal.data!.version })
        setStale(undefined)
        animal.reload()
        enclosures.reload()
      }
    } catch (e) {
      if (e instanceof ApiError && e.isStaleVersion && animalId !== undefined) {
        setStale({ mine: values, current: await api.animals.get(animalId) })
        return
      }
      throw e
    }
  }

  const remove = async () => {
    if (animalId === undefined || !window.confirm(`Delete ${animal.data?.name}? This cannot be undone.`)) {
      return
    }
    try {
      await api.animals.remove(animalId)
      navigate('/animals')
    } catch (e) {
      setDeleteError(e as ApiError)
    }
  }

  const failed = animal.error ?? species.error ?? enclosures.error
  if (failed) {
    return (
      <ErrorMessage
        error={failed}
        onRetry={() => {
          animal.reload()
          species.reload()
          enclosures.reload()
        }}
      />
    )
  }
  if (animal.loading || !species.data || !enclosures.data) {
    return <Loading what="the animal" />
  }
  const title = animal.data ? animal.data.name : 'New animal'
  return (
    <>
      <p>
        <Link to="/animals">← Animals</Link>
      </p>
      <div className="page-title">
        <h1>{title}</h1>
        {animal.data && can.delete(role) && (
          <button type="button" className="danger" onClick={() => void remove()}>
            Delete
          </button>
        )}
      </div>
      {deleteError && <ErrorMessage error={deleteError} />}
      {stale && (
        <StaleNotice
          current={[
            ['Name', stale.current.name],
            ['Species', stale.current.speciesName],
            ['Enclosure', stale.current.enclosureName ?? '—'],
            ['Status', label('animalStatus', stale.current.status)],
            ['Arrival', stale.current.arrivalDate],
            ['Notes', stale.current.notes ?? ''],
          ]}
          onReapply={() => save(stale.mine, stale.current.version)}
          onDiscard={() => {
            setStale(undefined)
            animal.reload()
            setFormKey((k) => k + 1)
          }}
        />
      )}
      <AnimalForm
        key={`${animal.data?.id ?? 'new'}-${animal.data?.version ?? 0}-${formKey}`}
        initial={animal.data ? valuesOf(animal.data) : undefined}
        species={species.data.items}
        enclosures={enclosures.data.items}
        onSubmit={(values) => save(values)}
        submitLabel={animal.data ? 'Save changes' : 'Create animal'}
        readOnly={!can.editAnimals(role)}
      />
      {animal.data && <FeedingHistory animal={animal.data} />}
    </>
  )
}
