// For the Maven build: runs the browser tests but always exits 0, recording the outcome, so that
// the server is still stopped afterwards (post-integration-test); verify-recorded.mjs fails the
// build later, like Failsafe does for the Java integration tests.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { RESULTS } from './browser.mjs'

// The browser tests, then Lighthouse's scores (e2e/lighthouse.test.mjs), one file after the other.
const result = spawnSync(
  process.execPath,
  ['--test', '--test-concurrency=1', 'e2e/zoo.test.mjs', 'e2e/lighthouse.test.mjs'],
  { stdio: 'inherit' },
)
mkdirSync(RESULTS, { recursive: true })
writeFileSync(RESULTS + 'e2e-exit-code', String(result.status ?? 1))
