import type { Info } from '../api/model'
import { api } from '../api/zoo'
import { useAsync } from './useAsync'

export const FRONTEND_REVISION = __APP_REVISION__
export const FRONTEND_BUILD_TIME = __APP_BUILD_TIME__

/** Which backend and which UI build this is: the answer to "is what I see what I just changed?" */
export function Footer({ frontendRevision = FRONTEND_REVISION }: { frontendRevision?: string }) {
  const { data: info, error } = useAsync<Info>(() => api.info(), [])
  const differs =
    info !== undefined &&
    info.revision !== 'unknown' &&
    frontendRevision !== 'unknown' &&
    info.revision !== frontendRevision
  return (
    <footer className="footer">
      {info ? (
        <span>
          Backend {info.version} · revision <code>{info.revision}</code>
          {info.dirty ? ' (uncommitted changes)' : ''} · built {formatTime(info.buildTime)} · started{' '}
          {formatTime(info.startedAt)}
        </span>
      ) : (
        <span>{error ? 'Backend version unknown (unreachable)' : 'Backend …'}</span>
      )}
      <span>
        UI revision <code>{frontendRevision}</code> · built {formatTime(FRONTEND_BUILD_TIME)}
      </span>
      {differs && (
        <strong className="warning" role="status">
          The UI ({frontendRevision}) and the backend ({info.revision}) come from different revisions: rebuild the one
          that is behind.
        </strong>
      )}
    </footer>
  )
}

function formatTime(value: string | undefined): string {
  if (!value || value === 'unknown') {
    return 'unknown'
  }
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString()
}
