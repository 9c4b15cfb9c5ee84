import { afterEach, describe, expect, it, vi } from 'vitest'
import { getState, resetForTests, setSessionServer, signedIn } from '../auth/session'
import { query, request } from './client'
import { ApiError } from './problem'

afterEach(() => {
  vi.unstubAllGlobals()
  resetForTests()
})

function stubFetch(impl: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>) {
  const fetchMock = vi.fn(impl)
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

describe('request', () => {
  it('sends JSON and returns the parsed answer', async () => {
    const fetchMock = stubFetch(async () => Response.json({ id: 7 }, { status: 201 }))
    const created = await request<{ id: number }>('POST', '/api/species', { commonName: 'Okapi' })
    expect(created).toEqual({ id: 7 })
    const [path, init] = fetchMock.mock.calls[0]!
    expect(path).toBe('/api/species')
    expect(init?.method).toBe('POST')
    expect(init?.body).toBe('{"commonName":"Okapi"}')
    expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/json')
  })

  it('turns a problem into an ApiError', async () => {
    stubFetch(
      async () =>
        new Response(
          JSON.stringify({
            type: '/problems/in-use',
            title: 'In use',
            status: 409,
            detail: 'Species 3 still has 2 animals.',
          }),
          {
            status: 409,
            headers: { 'Content-Type': 'application/problem+json' },
          },
        ),
    )
    const error = await request('DELETE', '/api/species/3').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).detail).toBe('Species 3 still has 2 animals.')
  })

  it('reports an unreachable server as status 0', async () => {
    stubFetch(async () => {
      throw new TypeError('Failed to fetch')
    })
    const error = (await request('GET', '/api/animals').catch((e: unknown) => e)) as ApiError
    expect(error.status).toBe(0)
  })

  it('returns nothing for 204', async () => {
    stubFetch(async () => new Response(null, { status: 204 }))
    expect(await request('DELETE', '/api/animals/1')).toBeUndefined()
  })
})

describe('query', () => {
  it('leaves out empty values', () => {
    expect(query({ q: 'leo', speciesId: '', status: undefined, page: 0, due: true })).toBe('?q=leo&page=0&due=true')
    expect(query({})).toBe('')
  })
})

describe('request while signed in', () => {
  const session = {
    token: 'abc.def.ghi',
    username: 'kim',
    role: 'keeper',
    expiresAt: new Date(Date.now() + 900_000).toISOString(),
    expiresInSeconds: 900,
  }

  it('sends the bearer token', async () => {
    signedIn(session)
    const fetchMock = stubFetch(async () => Response.json({ items: [] }))
    await request('GET', '/api/species')
    const [, init] = fetchMock.mock.calls[0]!
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer abc.def.ghi')
  })

  it('ends the session on a 401, keeping the page', async () => {
    signedIn(session)
    stubFetch(
      async () =>
        new Response(
          JSON.stringify({
            type: '/problems/unauthenticated',
            status: 401,
            detail: 'The token has expired: sign in again.',
          }),
          {
            status: 401,
            headers: { 'Content-Type': 'application/problem+json' },
          },
        ),
    )
    const error = await request('PUT', '/api/animals/1', { name: 'x' }).catch((e: unknown) => e)
    expect((error as ApiError).status).toBe(401)
    expect(getState().expired).toBe(true)
    expect(getState().session?.username).toBe('kim')
  })

  it('renews a refused token from the session once and repeats the call with the new role', async () => {
    signedIn(session)
    setSessionServer({
      resume: async () => ({ ...session, token: 'new.token.here', role: 'admin' }),
      end: async () => undefined,
    })
    const fetchMock = stubFetch(async (_input, init) =>
      (init?.headers as Record<string, string>).Authorization === 'Bearer new.token.here'
        ? Response.json({ id: 1 })
        : new Response(
            JSON.stringify({
              type: '/problems/unauthenticated',
              status: 401,
              detail: "This token was issued before the user's role or password changed: sign in again.",
            }),
            { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
          ),
    )
    expect(await request('PUT', '/api/animals/1', { name: 'x' })).toEqual({ id: 1 })
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(getState().expired).toBe(false)
    expect(getState().session?.role).toBe('admin')
  })

  it('asks to sign in again when the session cannot renew the refused token either', async () => {
    signedIn(session)
    setSessionServer({
      resume: async () => {
        throw new ApiError(401, { type: '/problems/unauthenticated', detail: 'The session has ended.' })
      },
      end: async () => undefined,
    })
    const fetchMock = stubFetch(
      async () =>
        new Response(JSON.stringify({ type: '/problems/unauthenticated', status: 401 }), {
          status: 401,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    )
    const error = await request('GET', '/api/species').catch((e: unknown) => e)
    expect((error as ApiError).status).toBe(401)
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(getState().expired).toBe(true)
  })

  it('leaves the session alone on a 403', async () => {
    signedIn(session)
    stubFetch(
      async () =>
        new Response(
          JSON.stringify({ type: '/problems/forbidden', status: 403, detail: 'This needs the role admin.' }),
          {
            status: 403,
            headers: { 'Content-Type': 'application/problem+json' },
          },
        ),
    )
    await request('DELETE', '/api/species/1').catch(() => undefined)
    expect(getState().expired).toBe(false)
  })
})
