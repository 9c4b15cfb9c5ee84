import { useEffect, useState } from 'react'
import type { DevState, Info } from '../api/model'
import { api } from '../api/zoo'

const INTERVAL_MS = 2000

const TITLES: Record<Exclude<DevState, 'current'>, string> = {
  'compile-failed': 'Your last save does not compile: the server still runs the previous code.',
  'start-failed': 'The application failed to start with your last save.',
  compiling: 'Compiling your last save…',
  'not-compiled': 'Your last save is not compiled: the server still runs the previous code.',
  restarting: 'Restarting with your last save…',
  'not-reloading': 'The server never loads your saves.',
}

/**
 * On every page, while the server does not run the saved code (dev mode: the `dev` block of
 * /api/info), says so with the compiler's errors (file:line: message) or the cause of the failed
 * start; asks every 2 s while the server is in dev mode (or cannot be reached), once otherwise. A
 * production-profile server that is being used for development (`developmentUse`) gets a ribbon.
 */
export function BuildStatusBanner({ intervalMs = INTERVAL_MS }: { intervalMs?: number }) {
  const [info, setInfo] = useState<Info | null>(null)

  useEffect(() => {
    let cancelled = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const check = async () => {
      let next: Info | null = null
      try {
        next = await api.info()
      } catch {
        next = null // unreachable or restarting: the health banner says so; ask again
      }
      if (cancelled) {
        return
      }
      if (next !== null) {
        setInfo(next)
      }
      if (next === null || next.dev) {
        timer = setTimeout(() => void check(), intervalMs)
      }
    }
    void check()
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [intervalMs])

  const dev = info?.dev
  const uses = info?.developmentUse ?? []
  return (
    <>
      {uses.length > 0 && (
        <div className="ribbon" role="alert" data-testid="development-use">
          <strong>This production server is being used for development:</strong> {uses.join('; ')}.
        </div>
      )}
      {dev && dev.state !== 'current' && (
        <div className="banner build-status" role="alert" data-dev-state={dev.state}>
          <strong>{TITLES[dev.state]}</strong>
          {dev.state === 'compile-failed' ? (
            <ul>
              {dev.lastCompile.errors.map((e) => (
                <li key={`${e.file}:${e.line}:${e.message}`}>
                  <code>
                    {e.file}:{e.line}: {e.message}
                  </code>
                </li>
              ))}
            </ul>
          ) : (
            <div>
              <code>{dev.state === 'start-failed' ? dev.lastStart.cause : dev.problem}</code>
            </div>
          )}
        </div>
      )}
    </>
  )
}
