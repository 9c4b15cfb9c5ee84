/** An RFC 9457 problem from the API, or a failure to reach it, as one error type for the UI. */
export interface FieldError {
  field: string
  message: string
}

export interface ProblemBody {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  errors?: FieldError[]
}

export class ApiError extends Error {
  readonly status: number
  readonly type: string
  readonly title: string
  readonly detail: string
  /** Invalid fields by name (the API's `errors`), e.g. `{ name: 'is required' }`. */
  readonly fieldErrors: Record<string, string>

  constructor(status: number, body: ProblemBody) {
    const title = body.title ?? (status === 0 ? 'Server unreachable' : `HTTP ${status}`)
    const detail = body.detail ?? title
    super(detail)
    this.name = 'ApiError'
    this.status = status
    this.type = body.type ?? 'about:blank'
    this.title = title
    this.detail = detail
    this.fieldErrors = {}
    for (const e of body.errors ?? []) {
      // The first message per field is the one shown next to it.
      this.fieldErrors[e.field] ??= e.message
    }
  }

  /** The edit was based on an old version: someone else changed the data meanwhile. */
  get isStaleVersion(): boolean {
    return this.type === '/problems/stale-version'
  }

  get isConflict(): boolean {
    return this.status === 409
  }

  get isUnavailable(): boolean {
    return this.status === 0 || this.status === 503
  }

  /**
   * The application itself did not answer: no connection, or a proxy in between (Vite's dev server,
   * nginx) answered 502/503/504 on its own, without the application's problem+json. Distinct from
   * `/problems/database-unavailable`, which the application sends while its database is away.
   */
  get isUnreachable(): boolean {
    return this.status === 0 || this.type === UNREACHABLE
  }
}

const UNREACHABLE = 'urn:zoo:ui:server-unreachable'
const PROXY_STATUSES = [502, 503, 504]

/** Turns a failed response into an ApiError, whatever its body (problem+json, HTML, nothing). */
export async function toApiError(response: Response): Promise<ApiError> {
  const type = response.headers.get('Content-Type') ?? ''
  if (type.includes('json')) {
    try {
      return new ApiError(response.status, (await response.json()) as ProblemBody)
    } catch {
      // fall through: a JSON content type with a body that is not JSON
    }
  }
  if (PROXY_STATUSES.includes(response.status)) {
    return new ApiError(response.status, {
      type: UNREACHABLE,
      title: 'Server unreachable',
      detail: `The server cannot be reached (the proxy answered ${response.status}); it may be restarting.`,
    })
  }
  return new ApiError(response.status, {
    title: response.statusText || `HTTP ${response.status}`,
    detail: `The server answered ${response.status} ${response.statusText}.`.trim(),
  })
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError(0, {
    title: 'Server unreachable',
    type: UNREACHABLE,
    detail: 'The server cannot be reached. Check your connection; the server may be restarting.',
  })
  error.cause = cause
  return error
}
