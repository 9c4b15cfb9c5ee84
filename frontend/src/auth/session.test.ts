import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  currentToken,
  expire,
  getState,
  noteActivity,
  resetForTests,
  setRenewer,
  signOut,
  signedIn,
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

beforeEach(() => {
  vi.useFakeTimers()
  resetForTests()
})
afterEach(() => vi.useRealTimers())

describe('session', () => {
  it('holds the token in memory and nowhere else', () => {
    signedIn(token('kim'))
    expect(currentToken()).toBe('token-of-kim')
    expect(getState().session?.role).toBe('keeper')
    expect(window.localStorage.length).toBe(0)
    expect(window.sessionStorage.length).toBe(0)
    expect(document.cookie).toBe('')
  })

  it('keeps the page when the token expires, without the token', () => {
    signedIn(token('kim'))
    expire()
    expect(getState().expired).toBe(true)
    expect(getState().session?.username).toBe('kim')
    expect(currentToken()).toBeNull()
  })

  it('signs out completely', () => {
    signedIn(token('kim'))
    signOut()
    expect(getState()).toEqual({ session: null, expired: false })
    expect(currentToken()).toBeNull()
  })

  it('renews a minute before expiry when the user was active', async () => {
    const renew = vi.fn(async () => token('kim'))
    setRenewer(renew)
    signedIn(token('kim'))
    vi.advanceTimersByTime(5 * 60_000)
    noteActivity()
    await vi.advanceTimersByTimeAsync(9 * 60_000 + 1)
    expect(renew).toHaveBeenCalledWith('token-of-kim')
    expect(getState().expired).toBe(false)
  })

  it('lets an idle session expire instead of renewing it', async () => {
    const renew = vi.fn(async () => token('kim'))
    setRenewer(renew)
    signedIn(token('kim'))
    await vi.advanceTimersByTimeAsync(15 * 60_000 + 1)
    expect(renew).not.toHaveBeenCalled()
    expect(getState().expired).toBe(true)
  })

  it('expires when the renewal is refused', async () => {
    setRenewer(async () => {
      throw new Error('401')
    })
    signedIn(token('kim'))
    noteActivity(Date.now() + 1)
    await vi.advanceTimersByTimeAsync(15 * 60_000 + 1)
    expect(getState().expired).toBe(true)
  })
})
