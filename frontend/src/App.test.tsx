import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import App from './App'
import { resetForTests, signedIn } from './auth/session'

const page = (items: unknown[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 })

const DATA: Record<string, unknown> = {
  '/api/species': page([
    {
      id: 1,
      commonName: 'Okapi',
      scientificName: 'Okapia johnstoni',
      conservationStatus: 'EN',
      diet: 'HERBIVORE',
      version: 0,
    },
  ]),
  '/api/enclosures': page([
    {
      id: 2,
      name: 'Forest Paddock',
      habitat: 'RAINFOREST',
      capacity: 4,
      areaSquareMeters: 900,
      occupancy: 1,
      version: 0,
    },
  ]),
  '/api/keepers': page([
    { id: 3, fullName: 'Ada Keeper', email: 'ada@zoo.example', hiredOn: '2020-01-01', enclosureIds: [2], version: 0 },
  ]),
  '/api/users': page([{ id: 4, username: 'head-keeper', role: 'keeper', version: 0 }]),
  '/api/animals': page([]),
  '/api/feedings': page([]),
}

/**
 * Each answer arrives only when the test says so: a page reused for another route renders at least
 * once with the previous route's data still in hand, which is the moment the stale-render bug needs.
 */
function stubApi() {
  const pending: (() => void)[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const path = String(input).split('?')[0] ?? ''
      if (path === '/health/ready') return Response.json({ status: 'UP', checks: [] })
      if (path === '/api/info') return Response.json({ name: 'zoo-backend', version: '1', revision: 'abc1234' })
      const body = DATA[path]
      await new Promise<void>((resolve) => pending.push(resolve))
      return body === undefined ? new Response(null, { status: 404 }) : Response.json(body)
    }),
  )
  return () => pending.splice(0).forEach((resolve) => resolve())
}

afterEach(() => resetForTests())

/** Releases the held answers until `shown` finds what they should render. */
async function answeredUntil(answer: () => void, shown: () => HTMLElement) {
  await waitFor(() => {
    answer()
    expect(shown()).toBeInTheDocument()
  })
}

/** A session of the administrator, with a token valid for 15 minutes. */
function signedInAsAdmin() {
  signedIn({
    token: 't',
    username: 'admin',
    role: 'admin',
    expiresAt: new Date(Date.now() + 900_000).toISOString(),
    expiresInSeconds: 900,
  })
}

describe('moving between pages by the navigation links', () => {
  it('never renders one list with another list columns, in any order, and keeps the navigation', async () => {
    const answer = stubApi()
    signedInAsAdmin()
    const errors = vi.spyOn(console, 'error')
    render(
      <MemoryRouter initialEntries={['/enclosures']}>
        <App />
      </MemoryRouter>,
    )
    const nav = screen.getByRole('navigation', { name: 'Main' })
    const expectations: Record<string, string> = {
      Enclosures: 'Forest Paddock',
      Species: 'Okapi',
      Keepers: 'Ada Keeper',
      Users: 'head-keeper',
    }
    await answeredUntil(answer, () => screen.getByRole('cell', { name: 'Forest Paddock' }))
    const order = ['Species', 'Users', 'Species', 'Keepers', 'Enclosures', 'Keepers', 'Users', 'Enclosures', 'Species']
    for (const name of order) {
      await userEvent.click(within(nav).getByRole('link', { name }))
      expect(screen.getByRole('heading', { level: 1, name })).toBeInTheDocument()
      await answeredUntil(answer, () => screen.getByRole('cell', { name: expectations[name] }))
      expect(screen.queryByText('This page could not be shown')).not.toBeInTheDocument()
    }
    expect(errors).not.toHaveBeenCalled()
  })
})

describe('a page that fails to render', () => {
  it('shows what happened and keeps the navigation; another page works', async () => {
    stubApi()
    signedInAsAdmin()
    vi.spyOn(console, 'error').mockImplementation(() => {})
    // a species whose scientific name is an object: React cannot render it
    DATA['/api/species'] = page([
      {
        id: 9,
        commonName: 'Broken',
        scientificName: { latin: 'B' },
        conservationStatus: 'LC',
        diet: 'HERBIVORE',
        version: 0,
      },
    ])
    const answer = stubApi()
    render(
      <MemoryRouter initialEntries={['/species']}>
        <App />
      </MemoryRouter>,
    )
    await answeredUntil(answer, () => screen.getByRole('heading', { name: 'This page could not be shown' }))
    const nav = screen.getByRole('navigation', { name: 'Main' })
    await userEvent.click(within(nav).getByRole('link', { name: 'Enclosures' }))
    await answeredUntil(answer, () => screen.getByRole('cell', { name: 'Forest Paddock' }))
  })
})
