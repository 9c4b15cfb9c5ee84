import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, networkError } from '../api/problem'
import { RETRY_FIRST_MS, useAsync } from './useAsync'

afterEach(() => vi.useRealTimers())

describe('useAsync', () => {
  it("returns no data of a previous query while the new one loads (never another route's rows)", async () => {
    const { result, rerender } = renderHook(({ key }) => useAsync(() => Promise.resolve(`rows of ${key}`), [key]), {
      initialProps: { key: 'species' },
    })
    await waitFor(() => expect(result.current.data).toBe('rows of species'))
    rerender({ key: 'enclosures' })
    expect(result.current.data).toBeUndefined()
    expect(result.current.loading).toBe(true)
    await waitFor(() => expect(result.current.data).toBe('rows of enclosures'))
  })

  it('keeps the data while the same query is loaded again', async () => {
    let n = 0
    const { result } = renderHook(() => useAsync(() => Promise.resolve(++n), []))
    await waitFor(() => expect(result.current.data).toBe(1))
    act(() => result.current.reload())
    expect(result.current.data).toBe(1)
    expect(result.current.loading).toBe(true)
    await waitFor(() => expect(result.current.data).toBe(2))
  })

  it('tries again by itself while the server cannot be reached, not after an error of the application', async () => {
    vi.useFakeTimers()
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(networkError(new TypeError('Failed to fetch')))
      .mockResolvedValueOnce('back')
    const { result } = renderHook(() => useAsync(load, []))
    await act(() => vi.advanceTimersByTimeAsync(0))
    expect(result.current.error?.isUnreachable).toBe(true)
    expect(result.current.retryInSeconds).toBe(RETRY_FIRST_MS / 1000)
    await act(() => vi.advanceTimersByTimeAsync(RETRY_FIRST_MS))
    expect(result.current.data).toBe('back')
    expect(result.current.error).toBeUndefined()

    const refused = vi.fn<() => Promise<string>>().mockRejectedValue(new ApiError(404, { title: 'Not found' }))
    const other = renderHook(() => useAsync(refused, []))
    await act(() => vi.advanceTimersByTimeAsync(RETRY_FIRST_MS * 4))
    expect(other.result.current.error?.status).toBe(404)
    expect(refused).toHaveBeenCalledTimes(1)
  })
})
