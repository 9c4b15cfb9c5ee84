// Starts Debian's Chromium through playwright-core (test tools' own browser downloads are not used).
import { createSign, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

export const BASE_URL = process.env.ZOO_BASE_URL ?? 'http://localhost:9080'
export const RESULTS = new URL('../test-results/', import.meta.url).pathname

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)

/** Chromium with the tests' settings; `options` adds arguments or overrides the others. */
export async function launch(options = {}) {
  const executablePath = CANDIDATES.find((p) => existsSync(p))
  if (!executablePath) {
    throw new Error(
      'No Chromium found (tried ' +
        CANDIDATES.join(', ') +
        '). Install it (apt-get install chromium), ' +
        'set CHROMIUM_PATH, or skip the browser tests with -De2e.skip=true.',
    )
  }
  mkdirSync(RESULTS, { recursive: true })
  const userDataDir = mkdtempSync(join(tmpdir(), 'zoo-e2e-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1024, height: 768 }, // a tablet in landscape
    ...options,
    args: [
      ...(options.args ?? []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
  return context
}

/** Signs in as `user` (a demo user: password `zoo-demo-<user>`) through the login page `tab` shows. */
export async function signIn(tab, user) {
  await tab.getByRole('heading', { name: 'Sign in to the zoo' }).waitFor()
  await tab.getByLabel('User name').fill(user)
  await tab.getByLabel('Password', { exact: true }).fill(`zoo-demo-${user}`)
  await tab.getByRole('button', { name: 'Sign in', exact: true }).click()
  await tab.getByRole('button', { name: 'Sign out' }).waitFor()
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true })
}

export function unique(prefix) {
  return `${prefix} ${Math.random().toString(36).slice(2, 8)}`
}

/**
 * WCAG 2 A/AA checks of the current page with axe-core (labels, names, contrast, landmarks):
 * returns the serious and critical violations, each as "rule: first offending element".
 */
export async function accessibilityViolations(page) {
  // Evaluated through the DevTools protocol, not as a <script> element: the page's
  // Content-Security-Policy (script-src 'self') refuses inline scripts, as it should.
  await page.evaluate(readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8'))
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } }),
  )
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')} (${v.help})`)
}

/**
 * A token that expired an hour ago, signed with the integration-test server's key (the one its
 * configuration names): the server refuses it exactly as it refuses any token that ran out.
 */
export function expiredToken(user) {
  const keyFile =
    process.env.ZOO_IT_SIGNING_KEY ??
    new URL('../../backend/src/test/liberty/configDropins/it-signing-key.pem', import.meta.url).pathname
  const now = Math.floor(Date.now() / 1000)
  const encode = (value) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode({
    iss: 'zoo',
    aud: 'zoo',
    sub: user,
    upn: user,
    groups: [user],
    iat: now - 7200,
    exp: now - 3600,
    jti: randomUUID(),
  })}`
  const signature = createSign('RSA-SHA256').update(unsigned).sign(readFileSync(keyFile, 'utf8'))
  return `${unsigned}.${signature.toString('base64url')}`
}
