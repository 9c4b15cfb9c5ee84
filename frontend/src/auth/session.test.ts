import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { networkError, ApiError } from '../api/problem'
import {
  currentToken,
  expire,
  getState,
  resetForTests,
  restore,
  setSessionServer,
  signOut,
  signedIn,
  type SessionServer,
  type TokenResponse,
} from './session'

function token(name: string, minutes = 15): TokenResponse {
  return {
    token: `token-of-${name}`,
    username: name,
    role: name === 'boss' ? 'admin' : 'keeper',
    expiresAt: new Date(Date.now() + minutes * 60_000).toISOString(),
    expiresInSeconds: minutes * 60,
  }
}

function server(resume: SessionServer['resume']): SessionServer & { end: ReturnType<typeof vi.fn> } {
  const s = { resume, end: vi.fn(async () => undefined) }
  setSessionServer(s)
  return s
}

const unauthenticated = () => new ApiError(401, { type: '/problems/unauthenticated', title: 'Unauthenticated' })

/** The server's marker cookie, set with the session cookie (which is HttpOnly, so not seen here). */
function markSignedIn(on: boolean) {
  document.cookie = on ? 'zoo_signed_in=1; path=/' : 'zoo_signed_in=; path=/; max-age=0'
}

beforeEach(() => {
  vi.useFakeTimers()
  resetForTests()
  markSignedIn(true)
})
afterEach(() => {
  vi.useRealTimers()
  markSignedIn(false)
})

describe('session', () => {
  it('holds the token in memory and nowhere a script could read it later', () => {
    signedIn(token('kim'))
    expect(currentToken()).toBe('token-of-kim')
    expect(getState().session?.role).toBe('keeper')
    expect(window.localStorage.length).toBe(0)
    expect(window.sessionStorage.length).toBe(0)
    markSignedIn(false)
    expect(document.cookie).toBe('')
  })

  it('does not ask the server to resume a session without the marker cookie (a first visit)', async () => {
    markSignedIn(false)
    const resume = vi.fn<SessionServer['resume']>(async () => token('kim'))
    server(resume)
    await restore()
    expect(resume).not.toHaveBeenCalled()
    expect(getState()).toEqual({ session: null, expired: false, restoring: false })
    document.cookie = 'other=zoo_signed_in=1; path=/'
    await restore()
    expect(resume).not.toHaveBeenCalled()
    document.cookie = 'other=; path=/; max-age=0'
  })

  it('resumes the session of the cookie at start-up (a reload, a new tab)', async () => {
    server(async () => token('kim'))
    const restoring = restore()
    expect(getState().restoring).toBe(true)
    await restoring
    expect(getState()).toMatchObject({ restoring: false, expired: false, session: { username: 'kim' } })
  })

  it('shows the login when there is no session to resume', async () => {
    server(async () => {
      throw unauthenticated()
    })
    await restore()
    expect(getState()).toEqual({ session: null, expired: false, restoring: false })
  })

  it('keeps asking to resume while the server cannot be reached, instead of showing the login', async () => {
    const resume = vi
      .fn<SessionServer['resume']>()
      .mockRejectedValueOnce(networkError(new TypeError('Failed to fetch')))
      .mockRejectedValueOnce(networkError(new TypeError('Failed to fetch')))
      .mockImplementationOnce(async () => token('kim'))
    server(resume)
    const restoring = restore()
    await vi.advanceTimersByTimeAsync(0)
    expect(getState()).toMatchObject({ restoring: true, session: null })
    await vi.advanceTimersByTimeAsync(2_000)
    expect(getState().restoring).toBe(true)
    await vi.advanceTimersByTimeAsync(4_000)
    await restoring
    expect(resume).toHaveBeenCalledTimes(3)
    expect(getState()).toMatchObject({ restoring: false, session: { username: 'kim' } })
  })

  it('keeps the page when the session ends, without the token', () => {
    signedIn(token('kim'))
    expire()
    expect(getState().expired).toBe(true)
    expect(getState().session?.username).toBe('kim')
    expect(currentToken()).toBeNull()
  })

  it('signs out here and ends the session on the server', async () => {
    const s = server(async () => token('kim'))
    signedIn(token('kim'))
    await signOut()
    expect(getState()).toEqual({ session: null, expired: false, restoring: false })
    expect(currentToken()).toBeNull()
    expect(s.end).toHaveBeenCalledTimes(1)
  })

  it('renews with the session a minute before the token expires, active or not', async () => {
    const renewed = { ...token('kim', 30), token: 'renewed' }
    const s = server(vi.fn(async () => renewed))
    signedIn(token('kim'))
    await vi.advanceTimersByTimeAsync(14 * 60_000 - 1)
    expect(s.resume).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(2)
    expect(s.resume).toHaveBeenCalledTimes(1)
    expect(currentToken()).toBe('renewed')
  })

  it('asks to sign in again when the renewal is refused (session ended elsewhere, user removed)', async () => {
    server(async () => {
      throw unauthenticated()
    })
    signedIn(token('kim'))
    await vi.advanceTimersByTimeAsync(14 * 60_000 + 1)
    expect(getState().expired).toBe(true)
  })

  it('keeps trying to renew while the server cannot be reached, until the token runs out', async () => {
    const resume = vi
      .fn<SessionServer['resume']>()
      .mockRejectedValueOnce(networkError(new TypeError('Failed to fetch')))
      .mockImplementationOnce(async () => ({ ...token('kim'), token: 'after the outage' }))
    server(resume)
    signedIn(token('kim'))
    await vi.advanceTimersByTimeAsync(14 * 60_000 + 1)
    expect(getState().expired).toBe(false)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(resume).toHaveBeenCalledTimes(2)
    expect(currentToken()).toBe('after the outage')
  })
})
