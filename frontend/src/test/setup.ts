import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, vi } from 'vitest'

// Build-time constants that Vite defines.
vi.stubGlobal('__APP_REVISION__', 'abc1234')
vi.stubGlobal('__APP_BUILD_TIME__', '2026-01-01T00:00:00Z')

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  vi.stubGlobal('__APP_REVISION__', 'abc1234')
  vi.stubGlobal('__APP_BUILD_TIME__', '2026-01-01T00:00:00Z')
})
