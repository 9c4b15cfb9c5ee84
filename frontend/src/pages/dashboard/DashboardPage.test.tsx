import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { resetForTests, signedIn } from '../../auth/session'
import { DashboardPage } from './DashboardPage'

const page = (items: unknown[]) => ({ items, page: 0, size: 50, totalItems: items.length, totalPages: 1 })

const DUE = {
  id: 9,
  animalId: 5,
  animalName: 'Okapi Ona',
  scheduledAt: '2026-01-01T08:00:00Z',
  food: 'Leaves',
  quantityGrams: 800,
  fedAt: null,
  fedByKeeperId: null,
  version: 1,
}

/** Answers the dashboard's reads; records the body of every completion. */
function stubApi() {
  const completions: unknown[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input).split('?')[0] ?? ''
      if (path === '/api/feedings/9/complete') {
        completions.push(JSON.parse(String(init?.body)))
        return Response.json({ ...DUE, fedAt: '2026-01-01T08:05:00Z', fedByKeeperId: 3 })
      }
      if (path === '/api/feedings') return Response.json(page([DUE]))
      if (path === '/api/keepers') {
        return Response.json(
          page([
            {
              id: 3,
              fullName: 'Ada Keeper',
              email: 'a@z.example',
              hiredOn: '2020-01-01',
              enclosureIds: [],
              userId: 7,
              version: 1,
            },
          ]),
        )
      }
      return Response.json(page([]))
    }),
  )
  return completions
}

function signInAs(role: 'keeper' | 'admin') {
  signedIn({
    token: 't',
    username: role,
    role,
    expiresAt: new Date(Date.now() + 900_000).toISOString(),
    expiresInSeconds: 900,
  })
}

function renderDashboard() {
  render(
    <MemoryRouter>
      <DashboardPage />
    </MemoryRouter>,
  )
}

afterEach(() => {
  resetForTests()
  vi.unstubAllGlobals()
})

describe('completing a due feeding', () => {
  it('a keeper marks it fed as themselves, without choosing a keeper', async () => {
    const completions = stubApi()
    signInAs('keeper')
    renderDashboard()
    const button = await screen.findByRole('button', { name: /Mark fed/ })
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
    await userEvent.click(button)
    await waitFor(() => expect(completions).toEqual([{}]))
  })

  it('an administrator chooses who fed the animal', async () => {
    const completions = stubApi()
    signInAs('admin')
    renderDashboard()
    const select = await screen.findByRole('combobox', { name: 'Keeper for Okapi Ona' })
    const button = screen.getByRole('button', { name: 'Mark fed' })
    expect(button).toBeDisabled()
    await screen.findByRole('option', { name: 'Ada Keeper' })
    await userEvent.selectOptions(select, '3')
    await userEvent.click(button)
    await waitFor(() => expect(completions).toEqual([{ keeperId: 3 }]))
  })
})
