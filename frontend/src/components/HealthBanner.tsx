import { useEffect, useState } from 'react'
import { api, type Health } from '../api/zoo'

const INTERVAL_MS = 5000

const MESSAGES: Record<Exclude<Health, 'up'>, string> = {
  unreachable: 'The server cannot be reached right now (it may be restarting). This page tries again by itself.',
  database:
    'The database is unavailable right now. Changes cannot be saved; this page recovers by itself when it is back.',
  stopping:
    'The server is stopping (it finishes what it has started). This page recovers by itself when a server is ready again.',
  starting: 'The server is starting or restarting. This page recovers by itself when it is ready.',
}

/**
 * Says so while the backend is not ready, telling a server that cannot be reached from one whose
 * database is away; checks every 5 s and disappears by itself.
 */
export function HealthBanner({ intervalMs = INTERVAL_MS }: { intervalMs?: number }) {
  const [health, setHealth] = useState<Health>('up')

  useEffect(() => {
    let cancelled = false
    const check = async () => {
      const now = await api.health()
      if (!cancelled) {
        setHealth(now)
      }
    }
    void check()
    const timer = setInterval(() => void check(), intervalMs)
    return () => {
      cancelled = true
      clearInterval(timer)
    }
  }, [intervalMs])

  if (health === 'up') {
    return null
  }
  return (
    <div className="banner" role="alert" data-health={health}>
      {MESSAGES[health]}
    </div>
  )
}
