import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { PagedTable } from './PagedTable'
import type { AsyncState } from './useAsync'
import type { Page } from '../api/model'

interface Item {
  id: number
  name: string
}

function state(data?: Page<Item>): AsyncState<Page<Item>> {
  return { data, error: undefined, loading: data === undefined, retryInSeconds: undefined, reload: () => {} }
}

function renderTable(list: AsyncState<Page<Item>>, waitFor?: AsyncState<unknown>[]) {
  return render(table(list, waitFor))
}

function table(list: AsyncState<Page<Item>>, waitFor?: AsyncState<unknown>[]) {
  return (
    <PagedTable
      list={list}
      waitFor={waitFor}
      what="things"
      empty="No things."
      pageSize={5}
      widths={['60%', '40%']}
      head={
        <>
          <th scope="col">Name</th>
          <th scope="col">Id</th>
        </>
      }
      row={(item) => (
        <tr key={item.id}>
          <td>{item.name}</td>
          <td>{item.id}</td>
        </tr>
      )}
      onPage={() => {}}
    />
  )
}

describe('PagedTable', () => {
  it('appears only once what the page shows above it has loaded, and stays when that loads again', () => {
    const notice = (data?: string, loading = data === undefined): AsyncState<unknown> => ({
      data,
      error: undefined,
      loading,
      retryInSeconds: undefined,
      reload: () => {},
    })
    const rows = state({ items: [{ id: 1, name: 'One' }], page: 0, size: 5, totalItems: 1, totalPages: 1 })
    const { rerender } = renderTable(rows, [notice()])
    expect(screen.getByRole('status')).toHaveTextContent('Loading things…')
    expect(screen.queryByRole('table')).toBeNull()
    rerender(table(rows, [notice('2 waiting')]))
    expect(screen.getByRole('cell', { name: 'One' })).toBeInTheDocument()
    rerender(table(rows, [notice()]))
    expect(screen.getByRole('cell', { name: 'One' })).toBeInTheDocument()
  })

  it('holds the place of a loading page: the header and a page of placeholder rows, hidden from assistive technology', () => {
    const { container } = renderTable(state())
    expect(screen.getByRole('status')).toHaveTextContent('Loading things…')
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Name', 'Id'])
    expect(screen.queryAllByRole('cell')).toHaveLength(0)
    const placeholders = container.querySelector('tbody[aria-hidden="true"]')
    expect(placeholders?.querySelectorAll('tr')).toHaveLength(5)
    expect(placeholders?.querySelectorAll('tr:first-child td')).toHaveLength(2)
    expect([...container.querySelectorAll('col')].map((col) => col.style.width)).toEqual(['60%', '40%'])
  })

  it('shows the rows once they are there, and no placeholder', () => {
    const { container } = renderTable(
      state({ items: [{ id: 1, name: 'Okapi' }], page: 0, size: 5, totalItems: 1, totalPages: 1 }),
    )
    expect(screen.getByRole('cell', { name: 'Okapi' })).toBeInTheDocument()
    expect(screen.queryByRole('status')).toBeNull()
    expect(container.querySelector('tbody[aria-hidden="true"]')).toBeNull()
  })

  it('says so when the page is empty, without a table', () => {
    renderTable(state({ items: [], page: 0, size: 5, totalItems: 0, totalPages: 0 }))
    expect(screen.getByText('No things.')).toBeInTheDocument()
    expect(screen.queryByRole('table')).toBeNull()
  })
})
