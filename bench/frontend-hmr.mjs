#!/usr/bin/env node
// Frontend dev-loop benchmark: milliseconds from saving a React component to the browser showing
// the change under `npm run dev` (Vite HMR), median of N edits, in Debian's Chromium.
// The page records the moment the new text appears (MutationObserver, Date.now()); the script
// records the moment it wrote the file; both are the same wall clock on this machine.
//
// Usage: bench/frontend-hmr.mjs [edits] [--url URL] (default 10 edits). Without --url it starts its own
// `vite` on port 5199; with --url it measures a Vite dev server already running there (the dev
// stack's container: --url http://127.0.0.1:5173), so edits cross the bind mount. An edit not shown
// within 10 s (or shown only after a full reload) fails the run. Needs frontend/node_modules and
// chromium (or CHROMIUM_PATH). The backend need not run: the edited component is the login page
// (what a signed-out browser shows), and only its heading is measured.
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const frontend = join(root, 'frontend')
const require = createRequire(join(frontend, 'package.json'))
const { chromium } = require('playwright-core')
const args = process.argv.slice(2)
const urlAt = args.indexOf('--url')
const url = urlAt >= 0 ? args.splice(urlAt, 2)[1].replace(/\/$/, '') : undefined
const edits = Number(args[0] ?? 10)
const port = 5199
const base = url ?? `http://127.0.0.1:${port}`
const file = join(frontend, 'src/auth/LoginPage.tsx')
const original = readFileSync(file, 'utf8')
const heading = '<h1>Sign in to the zoo</h1>'
if (!original.includes(heading)) throw new Error('the login page heading moved; update the benchmark')

const vite = url ? undefined : spawn('npx', ['vite', '--port', String(port), '--strictPort'], { cwd: frontend, stdio: 'pipe' })
vite?.on('exit', (code) => code && console.error('vite exited ' + code))
async function viteReady() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('vite did not start')
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
const samples = []
try {
  await viteReady()
  const page = await browser.newPage()
  await page.goto(`${base}/`)
  await page.getByRole('heading', { level: 1 }).waitFor()
  for (let i = 1; i <= edits; i++) {
    const text = `Sign in ${i}`
    await page.evaluate((expected) => {
      window.__seen = undefined
      const observer = new MutationObserver(() => {
        if (document.querySelector('h1')?.textContent === expected) {
          window.__seen = Date.now()
          observer.disconnect()
        }
      })
      observer.observe(document.body, { subtree: true, childList: true, characterData: true })
    }, text)
    const saved = Date.now()
    writeFileSync(file, original.replace(heading, `<h1>${text}</h1>`))
    await page.waitForFunction(() => window.__seen !== undefined, null, { timeout: 10000 })
    const seen = await page.evaluate(() => window.__seen)
    samples.push(seen - saved)
    console.log(`edit ${i}: ${seen - saved} ms`)
    await new Promise((r) => setTimeout(r, 500))
  }
} finally {
  writeFileSync(file, original)
  await browser.close()
  vite?.kill()
}
const sorted = [...samples].sort((a, b) => a - b)
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2
console.log(JSON.stringify({ edits: samples.length, samplesMs: samples, medianMs: median, maxMs: sorted.at(-1) }))
