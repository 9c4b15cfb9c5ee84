import { execSync } from 'node:child_process'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Which code this bundle is: shown in the footer next to the backend's /api/info. An image build
// has no .git and passes it in ZOO_REVISION.
function gitRevision(): string {
  if (process.env.ZOO_REVISION) {
    return process.env.ZOO_REVISION
  }
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()
  } catch {
    return 'unknown'
  }
}

// The backend that `npm run dev` proxies to; the built UI is served by Liberty itself.
const backend = process.env.ZOO_BACKEND_URL ?? 'http://localhost:9080'

export default defineConfig({
  plugins: [react()],
  define: {
    __APP_REVISION__: JSON.stringify(gitRevision()),
    __APP_BUILD_TIME__: JSON.stringify(new Date().toISOString()),
  },
  server: {
    // Polling for bind mounts that miss file events (docker-compose.dev.yml sets ZOO_POLLING).
    watch: process.env.ZOO_POLLING === 'true' ? { usePolling: true, interval: 200 } : undefined,
    proxy: {
      '/api': backend,
      '/health': backend,
      '/openapi': backend,
    },
  },
  build: {
    outDir: 'dist',
    // One small app: keep the bundle lean and predictable (budget in docs/benchmarks.md).
    chunkSizeWarningLimit: 300,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
})
