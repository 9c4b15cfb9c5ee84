import { setSessionServer, type TokenResponse } from '../auth/session'
import { query, request } from './client'
import type { Animal, AnimalInput, Enclosure, Feeding, Info, Keeper, Page, Species, User, UserInput } from './model'

export interface ListParams {
  page?: number
  size?: number
  sort?: string
  q?: string
  [filter: string]: string | number | boolean | undefined
}

/** A collection resource: list, get, create, replace, delete. */
function collection<T, I>(path: string) {
  return {
    list: (params: ListParams = {}) => request<Page<T>>('GET', path + query(params)),
    get: (id: number) => request<T>('GET', `${path}/${id}`),
    create: (input: I) => request<T>('POST', path, input),
    update: (id: number, input: I & { version: number }) => request<T>('PUT', `${path}/${id}`, input),
    remove: (id: number) => request<void>('DELETE', `${path}/${id}`),
  }
}

export type Health = 'up' | 'database' | 'stopping' | 'starting' | 'unreachable'

export const api = {
  species: collection<Species, Omit<Species, 'id' | 'version'>>('/api/species'),
  enclosures: collection<Enclosure, Omit<Enclosure, 'id' | 'version' | 'occupancy'>>('/api/enclosures'),
  animals: {
    ...collection<Animal, AnimalInput>('/api/animals'),
    feedings: (id: number, params: ListParams = {}) =>
      request<Page<Feeding>>('GET', `/api/animals/${id}/feedings${query(params)}`),
  },
  keepers: {
    ...collection<Keeper, Omit<Keeper, 'id' | 'version'>>('/api/keepers'),
    /** The keeper record the signed-in user completes feedings as; undefined when none is linked (204). */
    mine: () => request<Keeper | undefined>('GET', '/api/keepers/me'),
  },
  feedings: {
    ...collection<Feeding, Pick<Feeding, 'animalId' | 'scheduledAt' | 'food' | 'quantityGrams'>>('/api/feedings'),
    /** Without `keeperId` the server records the signed-in keeper's own keeper record (keepers must). */
    complete: (id: number, keeperId?: number) =>
      request<Feeding>('POST', `/api/feedings/${id}/complete`, keeperId === undefined ? {} : { keeperId }),
  },
  auth: {
    login: (username: string, password: string) =>
      request<TokenResponse>('POST', '/api/auth/login', { username, password }, { token: null }),
    /** A fresh token for the session cookie (rotated by the server); 401 without a session. */
    resume: () =>
      request<TokenResponse>('POST', '/api/auth/session', undefined, {
        token: null,
        headers: { 'X-Zoo-Session': 'renew' },
      }),
    /** Ends the cookie's session on the server (sign-out everywhere). */
    endSession: () =>
      request<void>('DELETE', '/api/auth/session', undefined, {
        token: null,
        headers: { 'X-Zoo-Session': 'sign-out' },
      }),
  },
  users: collection<User, UserInput>('/api/users'),
  info: () => request<Info>('GET', '/api/info'),
  /**
   * What /health/ready says, in the UI's terms: `up`; `database` (the application answers, its
   * database check is DOWN); `stopping` (its `drain` check is DOWN: the server was told to stop and
   * finishes what it has); `starting` (DOWN for another reason, e.g. the application is starting or
   * restarting); `unreachable` (no answer, or not the application's: a proxy's 502/504 page).
   */
  health: async (): Promise<Health> => {
    let response: Response
    try {
      response = await fetch('/health/ready', { headers: { Accept: 'application/json' } })
    } catch {
      return 'unreachable'
    }
    let body: { status?: string; checks?: { name?: string; status?: string }[] }
    try {
      body = (await response.json()) as typeof body
    } catch {
      return 'unreachable'
    }
    if (response.ok && body.status === 'UP') return 'up'
    if (!body.status) return 'unreachable'
    const down = (name: string) => body.checks?.some((c) => c.name === name && c.status === 'DOWN')
    if (down('database')) return 'database'
    return down('drain') ? 'stopping' : 'starting'
  },
}

setSessionServer({ resume: api.auth.resume, end: api.auth.endSession })
