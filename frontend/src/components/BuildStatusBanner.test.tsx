import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { DevStatus, Info } from '../api/model'
import { BuildStatusBanner } from './BuildStatusBanner'

const CURRENT: DevStatus = {
  state: 'current',
  problem: null,
  reload: 'swap',
  lastSave: { file: 'backend/src/main/java/A.java', at: '2026-01-01T00:00:00Z' },
  lastCompile: { status: 'compiled', at: '2026-01-01T00:00:01Z', changedFiles: [], errors: [], detail: null },
  lastStart: { status: 'started', at: '2026-01-01T00:00:02Z', cause: null },
  lastSwap: null,
  dirty: false,
}

function info(extra: Partial<Info>): Info {
  return {
    name: 'zoo-backend',
    version: '1.0.0',
    revision: 'abc1234',
    dirty: true,
    buildTime: '2026-01-01T00:00:00Z',
    commitTime: '2026-01-01T00:00:00Z',
    buildSource: 'dev',
    startedAt: '2026-01-01T00:01:00Z',
    serverStartedAt: '2026-01-01T00:00:30Z',
    instanceId: 'a1b2c3',
    profile: 'dev',
    updateTrigger: 'polled',
    javaVersion: '17.0.17',
    timeZone: 'UTC',
    today: '2026-01-01',
    jvmTimeZone: 'UTC',
    database: { status: 'READY', product: 'H2', version: '2.3.232', schemaVersion: '7', demoData: true },
    dev: null,
    developmentUse: null,
    ...extra,
  }
}

function stubInfos(...answers: Info[]) {
  const fetch = vi.fn()
  for (const answer of answers) {
    fetch.mockImplementationOnce(async () => Response.json(answer))
  }
  fetch.mockImplementation(async () => Response.json(answers[answers.length - 1]))
  vi.stubGlobal('fetch', fetch)
  return fetch
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('BuildStatusBanner', () => {
  it('shows nothing while the server runs the saved code', async () => {
    const fetch = stubInfos(info({ dev: CURRENT }))
    render(<BuildStatusBanner intervalMs={10} />)
    await vi.waitFor(() => expect(fetch.mock.calls.length).toBeGreaterThan(1))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('names file, line and message of a save that does not compile, and clears when fixed', async () => {
    const failed: DevStatus = {
      ...CURRENT,
      state: 'compile-failed',
      problem: 'the saved code does not compile: backend/src/main/java/M.java:22: illegal start of expression',
      lastCompile: {
        ...CURRENT.lastCompile,
        status: 'failed',
        changedFiles: ['backend/src/main/java/M.java'],
        errors: [{ file: 'backend/src/main/java/M.java', line: 22, message: 'illegal start of expression' }],
      },
    }
    stubInfos(info({ dev: failed }), info({ dev: failed }), info({ dev: CURRENT }))
    render(<BuildStatusBanner intervalMs={10} />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('does not compile')
    expect(alert).toHaveTextContent('backend/src/main/java/M.java:22: illegal start of expression')
    await vi.waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
  })

  it('gives the cause of a failed start', async () => {
    stubInfos(
      info({
        dev: {
          ...CURRENT,
          state: 'start-failed',
          problem: 'the application failed to start: X',
          lastStart: { status: 'failed', at: null, cause: 'Boot: java.lang.IllegalStateException: no keepers' },
        },
      }),
    )
    render(<BuildStatusBanner intervalMs={1000} />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('failed to start')
    expect(alert).toHaveTextContent('IllegalStateException: no keepers')
  })

  it('asks once where there is no dev block, and shows the production ribbon', async () => {
    const fetch = stubInfos(
      info({ profile: 'prod', buildSource: 'build', developmentUse: ['a git checkout is visible at /src/.git'] }),
    )
    render(<BuildStatusBanner intervalMs={10} />)
    expect(await screen.findByTestId('development-use')).toHaveTextContent('a git checkout is visible at /src/.git')
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})
