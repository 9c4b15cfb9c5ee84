/**
 * The signed-in user. The access token (a 15-minute bearer token) is kept in memory only, never in
 * localStorage or a cookie a script can read. What lets a reload or a new tab carry on is the
 * server's session cookie (`zoo_session`: HttpOnly, SameSite=Strict, sent only to
 * /api/auth/session): on start-up the page asks the server to resume the session and gets a fresh
 * access token, and it renews that token the same way a minute before it expires.
 *
 * The server sets a marker cookie with the session cookie (`zoo_signed_in=1`, no secret, readable
 * here) and clears it with it: without the marker there is no session to resume, and the page does
 * not ask (the answer would be a 401, an error in the browser's console on every first visit).
 *
 * Tabs agree through the browser: renewals run one at a time (Web Locks), because the server
 * rotates the cookie at every renewal and takes an old cookie presented again for a stolen one; and
 * signing out in one tab signs out the others (BroadcastChannel), after the server has ended the
 * session for good.
 */
export type Role = 'viewer' | 'keeper' | 'admin'

export interface Session {
  token: string
  username: string
  role: Role
  /** Epoch milliseconds. */
  expiresAt: number
}

export interface SessionState {
  /** Null when signed out. Kept when it expires, so the page stays as it is under the login. */
  session: Session | null
  /** The session ended (renewal refused): sign in again over the page, which keeps its input. */
  expired: boolean
  /** Asking the server whether a session can be resumed (page start-up): show neither login nor app yet. */
  restoring: boolean
}

export interface TokenResponse {
  token: string
  username: string
  role: string
  expiresAt: string
  expiresInSeconds: number
}

/** The server's side of the session (set once by the API module; a parameter to keep this testable). */
export interface SessionServer {
  /** POST /api/auth/session: a fresh token for the session cookie; rejects with 401 when there is none. */
  resume: () => Promise<TokenResponse>
  /** DELETE /api/auth/session: ends the session on the server, whichever tab asks. */
  end: () => Promise<void>
}

const RENEW_BEFORE_MS = 60_000
/** While the server cannot be reached, renewing is tried again this often until the token expires. */
const RENEW_RETRY_MS = 10_000
const RESTORE_RETRY_FIRST_MS = 2_000
const RESTORE_RETRY_MAX_MS = 30_000
const SIGNED_OUT = 'signed-out'
const SIGNED_IN = 'signed-in'

let state: SessionState = { session: null, expired: false, restoring: false }
let timer: ReturnType<typeof setTimeout> | undefined
let server: SessionServer | undefined
const listeners = new Set<() => void>()
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('zoo-session')

channel?.addEventListener('message', (event: MessageEvent) => {
  if (event.data === SIGNED_OUT && state.session) {
    endLocally()
  } else if (event.data === SIGNED_IN && !state.session) {
    void restore()
  }
})

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

export function setSessionServer(next: SessionServer) {
  server = next
}

/** Renewals one at a time across this browser's tabs (where the browser offers Web Locks). */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  return locks ? (locks.request('zoo-session-renewal', work) as Promise<T>) : work()
}

/** Starts (or renews) the session from a login or renewal answer. */
export function signedIn(response: TokenResponse, { announce = false } = {}) {
  const session: Session = {
    token: response.token,
    username: response.username,
    role: toRole(response.role),
    expiresAt: Date.parse(response.expiresAt),
  }
  publish({ session, expired: false, restoring: false })
  schedule(session)
  if (announce) {
    channel?.postMessage(SIGNED_IN)
  }
}

/** After a login in this tab: the other open tabs resume the new session too. */
export function signedInByLogin(response: TokenResponse) {
  signedIn(response, { announce: true })
}

/**
 * Page start-up (and another tab's login): carries on the session of the cookie, if there is one.
 * While the server cannot be reached it keeps asking (2 s, doubling up to 30 s): the session may well
 * be valid, and the login page would wrongly say it is not.
 */
export async function restore(): Promise<void> {
  if (!server || state.restoring || !mayHaveSession()) {
    return
  }
  const resume = server.resume
  publish({ ...state, restoring: true })
  for (let wait = RESTORE_RETRY_FIRST_MS; ; wait = Math.min(RESTORE_RETRY_MAX_MS, wait * 2)) {
    try {
      signedIn(await oneAtATime(resume))
      return
    } catch (error) {
      if (!isUnreachable(error) || (state.session && !state.expired)) {
        publish({ session: state.session, expired: state.expired, restoring: false })
        return
      }
    }
    await new Promise((resolve) => setTimeout(resolve, wait))
  }
}

/** The server's marker next to the session cookie: a session may exist. */
function mayHaveSession(): boolean {
  return typeof document === 'undefined' || /(?:^|;\s*)zoo_signed_in=1(?:;|$)/.test(document.cookie)
}

function isUnreachable(error: unknown) {
  return (error as { isUnreachable?: boolean } | null)?.isUnreachable === true
}

function endLocally() {
  clearTimeout(timer)
  publish({ session: null, expired: false, restoring: false })
}

/** Signs out here, in the other tabs, and on the server (so a reload does not resume the session). */
export async function signOut(): Promise<void> {
  endLocally()
  channel?.postMessage(SIGNED_OUT)
  try {
    await server?.end()
  } catch {
    // Unreachable server: the session cookie runs out by itself; this tab is signed out already.
  }
}

let recovering: Promise<string | null> | undefined

/**
 * The server refused this tab's token before it expired: the user's role or password changed, or
 * the user was deleted, which ends their tokens at once. Renews it from the session cookie once, as
 * the renewal before expiry does (so a changed role carries on with the new role), and answers the
 * fresh token; null when the session has ended too (then the caller asks to sign in again). Calls
 * at the same moment share the one renewal.
 */
export function recover(refused: string): Promise<string | null> {
  if (!server || state.expired || state.session?.token !== refused) {
    return Promise.resolve(null)
  }
  if (!recovering) {
    const resume = server.resume
    recovering = oneAtATime(resume)
      .then(
        (response) => {
          signedIn(response)
          return currentToken()
        },
        () => null,
      )
      .finally(() => {
        recovering = undefined
      })
  }
  return recovering
}

/** The server refused the token or the renewal: ask to sign in again over the page. */
export function expire() {
  if (!state.session || state.expired) {
    return
  }
  clearTimeout(timer)
  publish({ session: state.session, expired: true, restoring: false })
}

function schedule(session: Session) {
  clearTimeout(timer)
  const renewAt = session.expiresAt - RENEW_BEFORE_MS
  timer = setTimeout(() => void renew(session), Math.max(0, renewAt - Date.now()))
}

async function renew(session: Session) {
  if (state.session !== session || state.expired || !server) {
    return
  }
  const resume = server.resume
  try {
    signedIn(await oneAtATime(resume))
  } catch (error) {
    const unreachable = isUnreachable(error)
    const left = session.expiresAt - Date.now()
    if (unreachable && left > RENEW_RETRY_MS) {
      timer = setTimeout(() => void renew(session), RENEW_RETRY_MS)
    } else if (unreachable) {
      timer = setTimeout(() => expire(), Math.max(0, left))
    } else {
      expire()
    }
  }
}

/** Tests only: back to signed out, no timers, no server. */
export function resetForTests() {
  clearTimeout(timer)
  state = { session: null, expired: false, restoring: false }
  server = undefined
  listeners.clear()
}
