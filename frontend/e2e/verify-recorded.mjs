import { existsSync, readFileSync } from 'node:fs'
import { RESULTS } from './browser.mjs'

const file = RESULTS + 'e2e-exit-code'
if (!existsSync(file)) {
  console.error('The browser tests did not run (no ' + file + ').')
  process.exit(1)
}
const code = Number(readFileSync(file, 'utf8'))
if (code !== 0) {
  console.error(`The browser tests failed (exit code ${code}); see the output above and ${RESULTS}*.png.`)
}
process.exit(code)
