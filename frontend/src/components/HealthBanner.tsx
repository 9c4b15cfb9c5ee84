import { useEffect, useState } from 'react'
import { api } from '../api/zoo'

const INTERVAL_MS = 5000

/** Says so while the backend is not ready (e.g. the database is away); disappears by itself. */
export function HealthBanner({ intervalMs = INTERVAL_MS }: { intervalMs?: number }) {
  const [ready, setReady] = useState(true)

  useEffect(() => {
    let cancelled = false
    const check = async () => {
      const up = await api.ready()
      if (!cancelled) {
        setReady(up)
      }
    }
    void check()
    const timer = setInterval(() => void check(), intervalMs)
    return () => {
      cancelled = true
      clearInterval(timer)
    }
  }, [intervalMs])

  if (ready) {
    return null
  }
  return (
    <div className="banner" role="alert">
      The database is unavailable right now. Changes cannot be saved; this page recovers by itself
      when it is back.
    </div>
  )
}
