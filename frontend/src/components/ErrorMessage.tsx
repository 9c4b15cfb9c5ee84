import type { ApiError } from '../api/problem'

/**
 * A failed call, in words: the problem's detail, and what to do when the server is away. With
 * `onRetry` (data loaded by useAsync, which tries again by itself while the server cannot be
 * reached) it says so, and names each invalid parameter (a list filtered by a bad URL says which
 * filter is wrong; a form shows its invalid fields at the fields instead); a request the server
 * refused as invalid (4xx) is not offered again as it is.
 */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const fields = onRetry ? Object.entries(error.fieldErrors) : []
  const retryable = error.status === 0 || error.status >= 500
  return (
    <div className="alert alert-error" role="alert">
      <strong>{error.title}.</strong> {error.detail}
      {fields.length > 0 && (
        <ul className="field-errors">
          {fields.map(([field, message]) => (
            <li key={field}>
              <code>{field}</code>: {message}
            </li>
          ))}
        </ul>
      )}
      {onRetry && error.isUnreachable && ' Trying again by itself.'}
      {onRetry && retryable && (
        <button type="button" className="link" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}

/** "Loading …" as a status; `hidden`: for screen readers only, where placeholders hold the place on screen. */
export function Loading({ what, hidden = false }: { what: string; hidden?: boolean }) {
  return (
    <p className={hidden ? 'visually-hidden' : 'muted'} role="status" aria-live="polite">
      Loading {what}…
    </p>
  )
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <p className="empty">{children}</p>
}
