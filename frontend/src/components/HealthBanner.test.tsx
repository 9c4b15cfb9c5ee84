import { act, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { HealthBanner } from './HealthBanner'

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

/** The banner shown when every readiness request gets this answer. */
const bannerFor = async (answer: () => Promise<Response>) => {
  vi.stubGlobal('fetch', vi.fn(answer))
  render(<HealthBanner intervalMs={1000} />)
  return screen.findByRole('alert')
}

describe('HealthBanner', () => {
  it('says the database is away while its check is DOWN, and goes away by itself', async () => {
    let up = false
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        up
          ? json(200, { status: 'UP', checks: [{ name: 'database', status: 'UP' }] })
          : json(503, { status: 'DOWN', checks: [{ name: 'database', status: 'DOWN' }] }),
      ),
    )
    render(<HealthBanner intervalMs={20} />)
    expect(await screen.findByRole('alert')).toHaveTextContent('database is unavailable')
    up = true
    await act(() => new Promise((resolve) => setTimeout(resolve, 80)))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('says the server cannot be reached when there is no connection', async () => {
    const alert = await bannerFor(async () => Promise.reject(new TypeError('Failed to fetch')))
    expect(alert).toHaveTextContent('server cannot be reached')
    expect(alert).not.toHaveTextContent('database')
  })

  it("says the server cannot be reached when a proxy answers 502 on its own (Vite's dev server)", async () => {
    const alert = await bannerFor(
      async () => new Response('', { status: 502, headers: { 'Content-Type': 'text/plain' } }),
    )
    expect(alert).toHaveTextContent('server cannot be reached')
  })

  it('says the server is stopping while its drain check is DOWN', async () => {
    const alert = await bannerFor(async () =>
      json(503, {
        status: 'DOWN',
        checks: [
          { name: 'database', status: 'UP' },
          { name: 'drain', status: 'DOWN', data: { reason: 'draining: the server is stopping' } },
        ],
      }),
    )
    expect(alert).toHaveTextContent('server is stopping')
    expect(alert).not.toHaveTextContent('starting')
  })

  it('says the server is starting while readiness is DOWN without a database problem', async () => {
    const alert = await bannerFor(async () => json(503, { status: 'DOWN', checks: [] }))
    expect(alert).toHaveTextContent('starting or restarting')
  })
})
