import { describe, expect, it } from 'vitest'
import { ApiError, networkError, toApiError } from './problem'

function response(status: number, body: string, type: string) {
  return new Response(body, { status, statusText: 'Status ' + status, headers: { 'Content-Type': type } })
}

/** A problem+json answer. */
function problem(status: number, body: object) {
  return response(status, JSON.stringify(body), 'application/problem+json')
}

describe('toApiError', () => {
  it('reads a problem+json body with its per-field errors', async () => {
    const error = await toApiError(
      problem(400, {
        type: '/problems/validation',
        title: 'Invalid request',
        status: 400,
        detail: 'The request has 2 invalid fields.',
        errors: [
          { field: 'name', message: 'is required' },
          { field: 'name', message: 'second message is not shown' },
          { field: 'capacity', message: 'must be between 1 and 500' },
        ],
      }),
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.detail).toBe('The request has 2 invalid fields.')
    expect(error.fieldErrors).toEqual({ name: 'is required', capacity: 'must be between 1 and 500' })
    expect(error.isStaleVersion).toBe(false)
  })

  it('recognises a stale version and a conflict', async () => {
    const error = await toApiError(problem(409, { type: '/problems/stale-version', title: 'Changed', detail: 'x' }))
    expect(error.isStaleVersion).toBe(true)
    expect(error.isConflict).toBe(true)
  })

  it('copes with a body that is not a problem', async () => {
    const error = await toApiError(response(502, '<html>Bad gateway</html>', 'text/html'))
    expect(error.status).toBe(502)
    expect(error.detail).toContain('502')
    expect(error.fieldErrors).toEqual({})
    const broken = await toApiError(response(500, '{not json', 'application/json'))
    expect(broken.status).toBe(500)
    expect(broken.isUnreachable).toBe(false)
  })

  it("takes a proxy's own 502, 503 or 504 for an unreachable server, not for an error of the application", async () => {
    for (const status of [502, 503, 504]) {
      // Vite's proxy answers an empty text/plain 502; nginx an HTML page
      const error = await toApiError(response(status, '', 'text/plain'))
      expect(error.isUnreachable).toBe(true)
      expect(error.title).toBe('Server unreachable')
      expect(error.detail).not.toMatch(/Internal Server Error|Bad Gateway/)
    }
    const database = await toApiError(
      problem(503, { type: '/problems/database-unavailable', title: 'Database unavailable', detail: 'x' }),
    )
    expect(database.isUnreachable).toBe(false)
    expect(database.isUnavailable).toBe(true)
  })
})

describe('networkError', () => {
  it('is status 0 and counts as unavailable and unreachable', () => {
    const error = networkError(new TypeError('Failed to fetch'))
    expect(error.status).toBe(0)
    expect(error.isUnavailable).toBe(true)
    expect(error.isUnreachable).toBe(true)
    expect(error.detail).toMatch(/cannot be reached/)
  })
})
