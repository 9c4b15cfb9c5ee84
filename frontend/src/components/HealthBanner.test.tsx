import { act, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { HealthBanner } from './HealthBanner'

describe('HealthBanner', () => {
  it('appears while readiness is DOWN and goes away by itself', async () => {
    let up = false
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: up ? 200 : 503, headers: { 'Content-Type': 'application/json' } })),
    )
    render(<HealthBanner intervalMs={20} />)
    expect(await screen.findByRole('alert')).toHaveTextContent('database is unavailable')
    up = true
    await act(() => new Promise((resolve) => setTimeout(resolve, 80)))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('treats an unreachable server as not ready', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))))
    render(<HealthBanner intervalMs={1000} />)
    expect(await screen.findByRole('alert')).toBeInTheDocument()
  })
})
