import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../api/problem'

export interface AsyncState<T> {
  /** The answer for the current `deps` only: undefined while those are loading (never an older query's). */
  data: T | undefined
  error: ApiError | undefined
  loading: boolean
  /** Seconds until the next automatic attempt while the server cannot be reached, else undefined. */
  retryInSeconds: number | undefined
  reload: () => void
}

/** First wait before loading again when the server cannot be reached; doubles up to the maximum. */
export const RETRY_FIRST_MS = 2000
export const RETRY_MAX_MS = 30000

interface Result<T> {
  deps: readonly unknown[]
  generation: number
  data?: T
  error?: ApiError
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]) {
  return a.length === b.length && a.every((value, i) => Object.is(value, b[i]))
}

/**
 * Loads data for a component; loads again when `deps` change (compared with Object.is, like React's
 * own dependency lists) and ignores answers that arrive late. What it returns always belongs to the
 * current `deps`: a component reused for another route or record never sees the previous one's data
 * next to its own columns. While the server cannot be reached (`ApiError.isUnreachable`) it tries
 * again by itself, after 2 s, 4 s, … up to 30 s.
 */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): AsyncState<T> {
  const [result, setResult] = useState<Result<T>>()
  const [generation, setGeneration] = useState(0)
  const [retryInSeconds, setRetryInSeconds] = useState<number>()
  const latest = useRef(0)
  const failures = useRef(0)

  useEffect(() => {
    const call = ++latest.current
    const loadedFor = deps
    let timer: ReturnType<typeof setTimeout> | undefined
    let active = true
    load().then(
      (value) => {
        if (call === latest.current) {
          failures.current = 0
          setRetryInSeconds(undefined)
          // Rendering what arrived is a transition: React renders it in slices, the page stays responsive.
          startTransition(() => setResult({ deps: loadedFor, generation, data: value }))
        }
      },
      (e: unknown) => {
        if (call !== latest.current || !active) return
        const error = e instanceof ApiError ? e : new ApiError(0, { detail: String(e) })
        setResult({ deps: loadedFor, generation, error })
        if (error.isUnreachable) {
          const wait = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** failures.current++)
          setRetryInSeconds(Math.round(wait / 1000))
          timer = setTimeout(() => setGeneration((g) => g + 1), wait)
        } else {
          failures.current = 0
          setRetryInSeconds(undefined)
        }
      },
    )
    return () => {
      active = false
      clearTimeout(timer)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation])

  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  const current = result !== undefined && sameDeps(result.deps, deps)
  return {
    data: current ? result.data : undefined,
    error: current ? result.error : undefined,
    loading: !current || result.generation !== generation,
    retryInSeconds: current ? retryInSeconds : undefined,
    reload,
  }
}
