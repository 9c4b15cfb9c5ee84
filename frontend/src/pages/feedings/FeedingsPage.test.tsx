import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter, Route, Routes, useLocation } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { addDays, dateIn, forgetZooZone } from '../../api/calendar'
import { resetForTests, signedIn } from '../../auth/session'
import { daysOf, FeedingsPage } from './FeedingsPage'

const page = (items: unknown[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 })

const OPEN = {
  id: 9,
  animalId: 5,
  animalName: 'Okapi Ona',
  enclosureId: 2,
  enclosureName: 'Forest Paddock',
  scheduledAt: '2026-01-01T08:00:00Z',
  food: 'Leaves',
  quantityGrams: 800,
  state: 'OVERDUE',
  fedAt: null,
  fedByKeeperId: null,
  fedByName: null,
  version: 1,
}

const DONE = {
  ...OPEN,
  id: 10,
  animalName: 'Zebra Zola',
  state: 'DONE',
  fedAt: '2026-01-01T07:10:00Z',
  fedByKeeperId: 4,
  fedByName: 'Bo Keeper',
}

const ADA = {
  id: 3,
  fullName: 'Ada Keeper',
  email: 'a@z.example',
  hiredOn: '2020-01-01',
  enclosureIds: [2],
  userId: 7,
  version: 1,
}

/**
 * Answers the page's reads (`mine`: the keeper record of the signed-in keeper, or none: 204);
 * records every URL asked for and the body of every completion.
 */
function stubApi({ mine, earlier = 0 }: { mine?: typeof ADA; earlier?: number } = {}) {
  const urls: string[] = []
  const completions: unknown[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input)
      urls.push(url)
      const path = url.split('?')[0] ?? ''
      if (path === '/api/info') return Response.json({ timeZone: 'UTC' })
      if (path === '/api/feedings/9/complete') {
        completions.push(JSON.parse(String(init?.body)))
        return Response.json({
          ...OPEN,
          state: 'DONE',
          fedAt: '2026-01-01T08:05:00Z',
          fedByKeeperId: 3,
          fedByName: 'Ada Keeper',
        })
      }
      if (path === '/api/feedings')
        return Response.json(/[?&]size=1(&|$)/.test(url) ? { ...page([]), totalItems: earlier } : page([OPEN, DONE]))
      if (path === '/api/keepers/me') return mine ? Response.json(mine) : new Response(null, { status: 204 })
      if (path === '/api/keepers') return Response.json(page([ADA]))
      if (path === '/api/enclosures') {
        return Response.json(
          page([{ id: 2, name: 'Forest Paddock', habitat: 'RAINFOREST', capacity: 5, occupancy: 1 }]),
        )
      }
      return Response.json(page([]))
    }),
  )
  return { urls, completions }
}

function signInAs(role: 'viewer' | 'keeper' | 'admin') {
  signedIn({
    token: 't',
    username: role,
    role,
    expiresAt: new Date(Date.now() + 900_000).toISOString(),
    expiresInSeconds: 900,
  })
}

function Location() {
  return <output data-testid="location">{useLocation().search}</output>
}

function renderPage(path = '/feedings') {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/feedings" element={<FeedingsPage />} />
      </Routes>
      <Location />
    </MemoryRouter>,
  )
}

/** The page's list queries (20 a page), not its count of overdue feedings from earlier days. */
const feedingLists = (urls: string[]) => urls.filter((u) => u.startsWith('/api/feedings?') && u.includes('size=20'))

afterEach(() => {
  resetForTests()
  forgetZooZone()
  vi.unstubAllGlobals()
})

describe('the days of a range', () => {
  it('are today, the next 7 days, any day or the chosen ones', () => {
    expect(daysOf('today', '2026-12-07', '', '')).toEqual({ from: '2026-12-07', to: '2026-12-07' })
    expect(daysOf('week', '2026-12-28', '', '')).toEqual({ from: '2026-12-28', to: '2027-01-03' })
    expect(daysOf('all', '2026-12-07', '2026-01-01', '')).toEqual({})
    expect(daysOf('custom', '2026-12-07', '2026-01-01', '')).toEqual({ from: '2026-01-01', to: undefined })
  })
})

describe('the filters', () => {
  it('come from the URL, and a change goes into the URL and the query', async () => {
    const { urls } = stubApi()
    signInAs('viewer')
    renderPage('/feedings?days=week&enclosureId=2&state=OVERDUE&sort=animalName,desc')
    await screen.findByRole('link', { name: 'Okapi Ona' })
    const today = dateIn('UTC')
    const asked = new URLSearchParams(feedingLists(urls).at(-1)?.split('?')[1])
    expect(Object.fromEntries(asked)).toMatchObject({
      from: today,
      to: addDays(today, 6),
      enclosureId: '2',
      state: 'OVERDUE',
      sort: 'animalName,desc',
    })
    expect(screen.getByRole('combobox', { name: 'Days' })).toHaveValue('week')
    expect(screen.getByRole('combobox', { name: 'State' })).toHaveValue('OVERDUE')

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'DONE')
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('state=DONE'))
    await waitFor(() => expect(feedingLists(urls).at(-1)).toContain('state=DONE'))
    await userEvent.click(screen.getByRole('button', { name: /^Enclosure/ }))
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('sort=enclosureName%2Casc'))
  })

  it('say when feedings of earlier days are still undone, and link to them', async () => {
    const { urls } = stubApi({ earlier: 2 })
    signInAs('viewer')
    renderPage('/feedings?enclosureId=2')
    const today = dateIn('UTC')
    await screen.findByText(`2 feedings from before ${today} still wait.`, { exact: false })
    const asked = urls.find((u) => /[?&]size=1(&|$)/.test(u)) ?? ''
    expect(Object.fromEntries(new URLSearchParams(asked.split('?')[1]))).toMatchObject({
      state: 'OVERDUE',
      to: addDays(today, -1),
      enclosureId: '2',
    })
    await userEvent.click(screen.getByRole('link', { name: 'Show every overdue feeding' }))
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('?days=all&state=OVERDUE&enclosureId=2'),
    )
  })

  it('show states, enclosures and who fed in words', async () => {
    stubApi()
    signInAs('viewer')
    renderPage()
    const row = (await screen.findByRole('link', { name: 'Zebra Zola' })).closest('tr') as HTMLElement
    expect(within(row).getByText('Done')).toBeInTheDocument()
    expect(within(row).getByText(/Bo Keeper/)).toBeInTheDocument()
    expect(screen.getByText('Overdue', { selector: 'span' })).toBeInTheDocument()
    expect(screen.queryByText('OVERDUE')).not.toBeInTheDocument()
  })
})

describe('completing a feeding in place', () => {
  it('a keeper linked to a keeper record marks it fed as themselves', async () => {
    const { completions } = stubApi({ mine: ADA })
    signInAs('keeper')
    renderPage()
    await screen.findByText(/You mark feedings fed as/)
    expect(screen.getByText('Ada Keeper', { selector: 'strong' })).toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: 'Mark fed as' })).not.toBeInTheDocument()
    const buttons = await screen.findAllByRole('button', { name: /^Mark fed: / })
    expect(buttons).toHaveLength(1) // the done one has none
    await userEvent.click(buttons[0] as HTMLElement)
    await waitFor(() => expect(completions).toEqual([{}]))
    await screen.findByText(/Okapi Ona fed by Ada Keeper/)
  })

  it('a keeper without a keeper record is told why they cannot', async () => {
    stubApi()
    signInAs('keeper')
    renderPage()
    await screen.findByText(/not linked to a keeper record/)
    await screen.findByRole('link', { name: 'Okapi Ona' })
    expect(screen.queryByRole('button', { name: /Mark fed/ })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Schedule a feeding' })).toBeInTheDocument()
  })

  it('an administrator names the keeper: the round shown is preselected', async () => {
    const { completions } = stubApi()
    signInAs('admin')
    renderPage('/feedings?keeperId=3')
    const feeder = await screen.findByRole('combobox', { name: 'Mark fed as' })
    await screen.findAllByRole('option', { name: 'Ada Keeper' })
    expect(feeder).toHaveValue('3')
    await userEvent.click(await screen.findByRole('button', { name: /^Mark fed: Okapi Ona/ }))
    await waitFor(() => expect(completions).toEqual([{ keeperId: 3 }]))
  })

  it('an administrator who chose nobody is asked to', async () => {
    const { completions } = stubApi()
    signInAs('admin')
    renderPage()
    await userEvent.click(await screen.findByRole('button', { name: /^Mark fed: Okapi Ona/ }))
    expect(await screen.findByText('Choose who fed the animal')).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Mark fed as' })).toHaveFocus()
    expect(completions).toEqual([])
  })

  it('a viewer sees the round read-only', async () => {
    stubApi()
    signInAs('viewer')
    renderPage()
    await screen.findByRole('link', { name: 'Okapi Ona' })
    expect(screen.queryByRole('button', { name: /Mark fed/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Schedule a feeding' })).not.toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: 'Mark fed as' })).not.toBeInTheDocument()
  })
})
