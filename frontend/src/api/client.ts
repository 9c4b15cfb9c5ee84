import { currentToken, expire, recover } from '../auth/session'
import { networkError, toApiError } from './problem'

/**
 * Every HTTP call of the UI goes through here: JSON in and out, problem+json as ApiError, the
 * session's bearer token on every call. A 401 while signed in renews the token from the session
 * cookie once and repeats the call (the server ends a user's tokens when their role or password
 * changes); when that fails too, the session has ended and the page asks to sign in again over what
 * is on screen.
 */
export interface RequestOptions {
  /** The bearer token to send; the session's by default, none with null. */
  token?: string | null
  headers?: Record<string, string>
  /** Internal: this is the repeat after a renewal, which is not renewed again. */
  retried?: boolean
}

export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  { token = currentToken(), headers = {}, retried = false }: RequestOptions = {},
): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, {
      method,
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch (cause) {
    throw networkError(cause)
  }
  if (!response.ok) {
    const error = await toApiError(response)
    if (response.status === 401 && token && token === currentToken()) {
      const fresh = retried ? null : await recover(token)
      if (fresh) {
        return request<T>(method, path, body, { token: fresh, headers, retried: true })
      }
      expire()
    }
    throw error
  }
  if (response.status === 204) {
    return undefined as T
  }
  const type = response.headers.get('Content-Type') ?? ''
  return (type.includes('json') ? await response.json() : await response.text()) as T
}

/** Query string from the defined, non-empty values only. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(key, String(value))
    }
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}
