import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { ApiError } from '../../api/problem'
import { ErrorMessage } from '../../components/ErrorMessage'
import { PagedTable } from '../../components/PagedTable'
import { StaleNotice } from '../../components/StaleNotice'
import { useAsync } from '../../components/useAsync'
import { ACTIONS_WIDTH, toInput, toValues, type Catalog, type FormValues } from './catalog'
import { CatalogForm } from './CatalogForm'
import { can } from '../../auth/permissions'
import { useRole } from '../../auth/useSession'

const PAGE_SIZE = 20

type Editing<T> = { mode: 'new' } | { mode: 'edit'; item: T }

/** List, create, edit and delete one kind of record (species, enclosures, keepers). */
export function CatalogPage<T extends { id: number; version: number }>({ catalog }: { catalog: Catalog<T> }) {
  const [params, setParams] = useSearchParams()
  const page = Number(params.get('page') ?? '0') || 0
  const list = useAsync(() => catalog.api.list({ page, size: PAGE_SIZE, sort: catalog.defaultSort }), [catalog, page])
  const [editing, setEditing] = useState<Editing<T>>()
  const mayEdit = can.editCatalogs(useRole())
  const [stale, setStale] = useState<{ mine: FormValues; current: T }>()
  const [actionError, setActionError] = useState<ApiError>()
  const [formKey, setFormKey] = useState(0)

  const close = () => {
    setEditing(undefined)
    setStale(undefined)
    list.reload()
  }

  const save = async (values: FormValues, version?: number) => {
    const input = toInput(catalog.fields, values)
    if (editing?.mode === 'edit') {
      try {
        await catalog.api.update(editing.item.id, { ...input, version: version ?? editing.item.version } as never)
      } catch (e) {
        if (e instanceof ApiError && e.isStaleVersion) {
          setStale({ mine: values, current: await catalog.api.get(editing.item.id) })
          return
        }
        throw e
      }
    } else {
      await catalog.api.create(input as never)
    }
    close()
  }

  const remove = async (item: T) => {
    setActionError(undefined)
    if (!window.confirm(`Delete ${catalog.label(item)}? This cannot be undone.`)) return
    try {
      await catalog.api.remove(item.id)
      list.reload()
    } catch (e) {
      setActionError(e as ApiError)
    }
  }

  const emptyValues: FormValues = Object.fromEntries(
    catalog.fields.map((f) => [f.name, f.type === 'multiselect' ? [] : '']),
  )

  return (
    <>
      <div className="page-title">
        <h1>{catalog.title}</h1>
        {!editing && mayEdit && (
          <button type="button" onClick={() => setEditing({ mode: 'new' })}>
            New {catalog.singular}
          </button>
        )}
      </div>
      {editing && (
        <section
          className="card"
          aria-label={editing.mode === 'new' ? `New ${catalog.singular}` : `Edit ${catalog.singular}`}
        >
          <h2>{editing.mode === 'new' ? `New ${catalog.singular}` : `Edit ${catalog.label(editing.item)}`}</h2>
          {stale && (
            <StaleNotice
              current={Object.entries(toValues(catalog.fields, stale.current)).map(([k, v]) => [
                catalog.fields.find((f) => f.name === k)?.label ?? k,
                Array.isArray(v) ? v.join(', ') : v,
              ])}
              onReapply={() => save(stale.mine, stale.current.version)}
              onDiscard={() => {
                setEditing({ mode: 'edit', item: stale.current })
                setStale(undefined)
                setFormKey((k) => k + 1)
              }}
            />
          )}
          <CatalogForm
            key={formKey}
            fields={catalog.fields}
            initial={editing.mode === 'edit' ? toValues(catalog.fields, editing.item) : emptyValues}
            submitLabel={editing.mode === 'new' ? `Create ${catalog.singular}` : 'Save changes'}
            onSubmit={(values) => save(values)}
            onCancel={() => {
              setEditing(undefined)
              setStale(undefined)
            }}
          />
        </section>
      )}
      {actionError && <ErrorMessage error={actionError} />}
      <PagedTable
        list={list}
        what={catalog.title.toLowerCase()}
        pageSize={PAGE_SIZE}
        widths={[...catalog.columns.map((c) => c.width), ...(mayEdit ? [ACTIONS_WIDTH] : [])]}
        empty={<>No {catalog.title.toLowerCase()} yet.</>}
        head={
          <>
            {catalog.columns.map((c) => (
              <th key={c.label} scope="col">
                {c.label}
              </th>
            ))}
            {mayEdit && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </>
        }
        row={(item) => (
          <tr key={item.id}>
            {catalog.columns.map((c) => (
              <td key={c.label}>{c.render(item)}</td>
            ))}
            {mayEdit && (
              <td className="row-actions">
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Edit ${catalog.label(item)}`}
                  onClick={() => {
                    setStale(undefined)
                    setEditing({ mode: 'edit', item })
                    setFormKey((k) => k + 1)
                  }}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="danger"
                  aria-label={`Delete ${catalog.label(item)}`}
                  onClick={() => void remove(item)}
                >
                  Delete
                </button>
              </td>
            )}
          </tr>
        )}
        onPage={(p) => setParams(p === 0 ? {} : { page: String(p) })}
      />
    </>
  )
}
