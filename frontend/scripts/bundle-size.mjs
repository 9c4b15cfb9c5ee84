// Size of the production bundle after gzip, checked against a budget: the build fails when the UI
// grows past it, so that growth is a decision and not an accident. Run after `vite build`.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_KB = { js: 120, css: 10 }
const assets = new URL('../dist/assets/', import.meta.url).pathname

const totals = { js: 0, css: 0 }
for (const file of readdirSync(assets)) {
  const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null
  if (kind) {
    totals[kind] += gzipSync(readFileSync(join(assets, file)), { level: 9 }).length
  }
}
let over = false
for (const kind of Object.keys(BUDGET_KB)) {
  const kb = totals[kind] / 1024
  const ok = kb <= BUDGET_KB[kind]
  over ||= !ok
  console.log(`bundle ${kind}: ${kb.toFixed(1)} kB gzip (budget ${BUDGET_KB[kind]} kB) ${ok ? 'ok' : 'OVER BUDGET'}`)
}
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ jsGzipBytes: totals.js, cssGzipBytes: totals.css, budgetKb: BUDGET_KB }))
}
process.exit(over ? 1 : 0)
