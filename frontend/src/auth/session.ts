/**
 * The signed-in user and their bearer token, kept in memory only (never localStorage or a cookie):
 * a reload signs out, and no script that runs later can read the token from storage.
 *
 * The token lives 15 minutes; it is renewed a minute before it expires if the user did anything
 * since it was issued, and otherwise left to expire, so an abandoned tab signs itself out.
 */
export type Role = 'viewer' | 'keeper' | 'admin'

export interface Session {
  token: string
  username: string
  role: Role
  /** Epoch milliseconds. */
  expiresAt: number
  issuedAt: number
}

export interface SessionState {
  /** Null when signed out. Kept when it expires, so the page stays as it is under the login. */
  session: Session | null
  /** The token expired or was refused: sign in again over the page, which keeps its input. */
  expired: boolean
}

export interface TokenResponse {
  token: string
  username: string
  role: string
  expiresAt: string
  expiresInSeconds: number
}

const RENEW_BEFORE_MS = 60_000

let state: SessionState = { session: null, expired: false }
let lastActivity = 0
let timer: ReturnType<typeof setTimeout> | undefined
let renewer: ((token: string) => Promise<TokenResponse>) | undefined
const listeners = new Set<() => void>()

function publish(next: SessionState) {
  state = next
  listeners.forEach((listener) => listener())
}

export function getState(): SessionState {
  return state
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function currentToken(): string | null {
  return state.expired ? null : (state.session?.token ?? null)
}

function toRole(role: string): Role {
  return role === 'admin' || role === 'keeper' ? role : 'viewer'
}

/** Starts (or renews) the session from a login or renewal answer. */
export function signedIn(response: TokenResponse, now = Date.now()) {
  const session: Session = {
    token: response.token,
    username: response.username,
    role: toRole(response.role),
    expiresAt: Date.parse(response.expiresAt),
    issuedAt: now,
  }
  publish({ session, expired: false })
  schedule(session)
}

export function signOut() {
  clearTimeout(timer)
  publish({ session: null, expired: false })
}

/** The server refused the token (expired, or no longer valid): ask to sign in again. */
export function expire() {
  if (!state.session || state.expired) {
    return
  }
  clearTimeout(timer)
  publish({ session: state.session, expired: true })
}

/** Something the user did: worth keeping the session alive for. */
export function noteActivity(now = Date.now()) {
  lastActivity = now
}

/** How a session is renewed (set once by the API module; a function to keep this one testable). */
export function setRenewer(renew: (token: string) => Promise<TokenResponse>) {
  renewer = renew
}

function schedule(session: Session) {
  clearTimeout(timer)
  const renewAt = session.expiresAt - RENEW_BEFORE_MS
  timer = setTimeout(() => void renewOrExpire(session), Math.max(0, renewAt - Date.now()))
}

async function renewOrExpire(session: Session) {
  if (state.session !== session || state.expired) {
    return
  }
  if (lastActivity > session.issuedAt && renewer) {
    try {
      signedIn(await renewer(session.token))
      return
    } catch {
      // fall through: the session ends as it would have
    }
  }
  clearTimeout(timer)
  timer = setTimeout(() => expire(), Math.max(0, session.expiresAt - Date.now()))
}

/** Tests only: back to signed out, no timers. */
export function resetForTests() {
  clearTimeout(timer)
  lastActivity = 0
  state = { session: null, expired: false }
  listeners.clear()
}
