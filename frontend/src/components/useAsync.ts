import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../api/problem'

export interface AsyncState<T> {
  data: T | undefined
  error: ApiError | undefined
  loading: boolean
  reload: () => void
}

/** Loads data for a component; reloads when `deps` change; ignores answers that arrive late. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): AsyncState<T> {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<ApiError>()
  const [loading, setLoading] = useState(true)
  const [generation, setGeneration] = useState(0)
  const latest = useRef(0)

  useEffect(() => {
    const call = ++latest.current
    setLoading(true)
    load().then(
      (value) => {
        if (call === latest.current) {
          setData(value)
          setError(undefined)
          setLoading(false)
        }
      },
      (e: unknown) => {
        if (call === latest.current) {
          setError(e instanceof ApiError ? e : new ApiError(0, { detail: String(e) }))
          setLoading(false)
        }
      },
    )
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation])

  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  return { data, error, loading, reload }
}
