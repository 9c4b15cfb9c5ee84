import { useState } from 'react'
import type { ApiError } from '../api/problem'
import { ErrorMessage } from './ErrorMessage'

interface StaleNoticeProps {
  /** The record as it is now on the server: label and value pairs. */
  current: [string, string | number][]
  /** Saves my values again on top of the current version. */
  onReapply: () => Promise<void>
  /** Drops my values and shows the current ones. */
  onDiscard: () => void
}

/** A 409 on `version`: someone else saved first. Shows their values and lets me choose. */
export function StaleNotice({ current, onReapply, onDiscard }: StaleNoticeProps) {
  const [error, setError] = useState<ApiError>()
  return (
    <div className="alert alert-warning" role="alert">
      <p>
        <strong>Changed by someone else.</strong> This record was saved by someone else after you opened it. Their
        current values:
      </p>
      <dl className="current-values">
        {current.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value === '' ? '—' : value}</dd>
          </div>
        ))}
      </dl>
      {error && <ErrorMessage error={error} />}
      <div className="actions">
        <button type="button" onClick={() => onReapply().catch((e: ApiError) => setError(e))}>
          Apply my changes on top
        </button>
        <button type="button" className="secondary" onClick={onDiscard}>
          Discard mine, show theirs
        </button>
      </div>
    </div>
  )
}
