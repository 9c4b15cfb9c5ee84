import { render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { Footer } from './Footer'

function stubInfo(revision: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () =>
      Response.json({
        name: 'zoo-backend',
        version: '1.0.0',
        revision,
        dirty: false,
        buildTime: '2026-01-01T00:00:00Z',
        startedAt: '2026-01-01T00:01:00Z',
        buildSource: 'build',
        profile: 'dev',
        database: { status: 'READY', product: 'H2' },
      }),
    ),
  )
}

describe('Footer', () => {
  it('shows both revisions and no warning when they match', async () => {
    stubInfo('abc1234')
    render(<Footer frontendRevision="abc1234" />)
    expect(await screen.findByText(/Backend 1.0.0/)).toBeInTheDocument()
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
  })

  it('says so when the UI and the backend come from different revisions', async () => {
    stubInfo('def5678')
    render(<Footer frontendRevision="abc1234" />)
    expect(await screen.findByRole('status')).toHaveTextContent('different revisions')
  })
})
