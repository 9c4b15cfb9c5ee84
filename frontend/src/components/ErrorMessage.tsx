import type { ApiError } from '../api/problem'

/**
 * A failed call, in words: the problem's detail, and what to do when the server is away. With
 * `onRetry` (a list loaded by useAsync, which tries again by itself while the server cannot be
 * reached) it says so.
 */
export function ErrorMessage({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <div className="alert alert-error" role="alert">
      <strong>{error.title}.</strong> {error.detail}
      {onRetry && error.isUnreachable && ' Trying again by itself.'}
      {onRetry && (
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
