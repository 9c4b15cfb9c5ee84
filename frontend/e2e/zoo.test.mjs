// End-to-end: the built UI, served by the Liberty server the Maven build started, in Chromium.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import {
  accessibilityViolations,
  BASE_URL,
  expiredToken,
  launch,
  screenshot,
  signIn as signInOn,
  unique,
} from './browser.mjs'

let context
let page

before(async () => {
  context = await launch()
  page = await context.newPage()
  page.setDefaultTimeout(15000)
})

after(async () => {
  await context?.close()
})

/** Signs in through the login page. */
async function signIn(user) {
  await signInOn(page, user)
}

/** A link of the main navigation. */
function nav(name) {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true })
}

/**
 * Runs `body` while `handler` answers the requests matching `patterns` (a glob or a list of them),
 * then removes the handler once its invocations still running have finished. Removing it mid-flight
 * would let Playwright pass the request on to the network, and the handler's own answer would then
 * fail with "Route is already handled!" after the test.
 */
async function intercepting(patterns, handler, body) {
  for (const pattern of [patterns].flat()) await page.route(pattern, handler)
  try {
    return await body()
  } finally {
    await page.unrouteAll({ behavior: 'wait' })
  }
}

/** Loads a page signed out: without the session cookie of an earlier test, the login page shows. */
async function openSignedOut(path) {
  await context.clearCookies()
  return page.goto(BASE_URL + path)
}

/** Loads a page and signs in afresh (as an administrator unless told otherwise). */
async function open(path, user = 'admin') {
  await openSignedOut(path)
  await signIn(user)
}

/** A token for calls from the test itself, as another user of the API would get one. */
async function apiToken(user = 'admin') {
  const response = await fetch(`${BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: user, password: `zoo-demo-${user}` }),
  })
  assert.equal(response.status, 200, `login of ${user}`)
  return (await response.json()).token
}

const speciesName = unique('E2E Okapi')
const enclosureName = unique('E2E Paddock')
const animalName = unique('E2E Kibo')

test('a keeper signs in, completes a feeding, sees no admin actions, and signs out', async () => {
  await openSignedOut('/')
  await page.getByText('Demo users').waitFor()
  await screenshot(page, '00-login')
  await signIn('keeper')
  await page.getByText('keeper (Keeper)').waitFor()
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor()
  await page.getByRole('heading', { name: 'Enclosure occupancy' }).waitFor()
  await page.getByRole('meter').first().waitFor()
  const due = page.locator('.feeding')
  await due.first().waitFor()
  const before = await due.count()
  const first = due.first()
  const animal = await first.getByRole('link').textContent()
  const text = await first.textContent()
  // A keeper records as their own keeper record (the demo keeper is Bruno Costa): nothing to choose.
  assert.equal(await first.getByRole('combobox').count(), 0, 'a keeper does not choose who fed')
  await screenshot(page, '01-dashboard')
  await first.getByRole('button', { name: 'Mark fed' }).click()
  // The list shows the 50 oldest due feedings: the completed one leaves it (another may move up).
  await page.waitForFunction(
    ([n, oldest]) => {
      const items = document.querySelectorAll('.feeding')
      return items.length < n || items[0]?.textContent !== oldest
    },
    [before, text],
  )
  assert.notEqual(await due.first().textContent(), text, `the feeding of ${animal} is no longer due`)

  // Admin-only actions are not offered (the server refuses them anyway: AccessControlIT).
  await nav('Species').click()
  await page.getByRole('heading', { name: 'Species' }).waitFor()
  await page.getByRole('cell').first().waitFor()
  assert.equal(await page.getByRole('button', { name: 'New species' }).count(), 0, 'no New species')
  assert.equal(await page.getByRole('button', { name: /^(Edit|Delete) / }).count(), 0, 'no Edit or Delete')
  await nav('Animals').click()
  await page.getByRole('link', { name: 'New animal' }).waitFor()
  await page.locator('tbody a').first().click()
  await page.getByRole('button', { name: 'Save changes' }).waitFor()
  assert.equal(await page.getByRole('button', { name: 'Delete' }).count(), 0, 'keepers do not delete animals')

  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.getByRole('heading', { name: 'Sign in to the zoo' }).waitFor()
  assert.equal(await page.getByRole('link', { name: 'Animals' }).count(), 0, 'nothing but the login after signing out')
})

test('a viewer reads everything and changes nothing', async () => {
  await open('/', 'viewer')
  await page.locator('.feeding').first().waitFor()
  assert.equal(await page.getByRole('button', { name: 'Mark fed' }).count(), 0, 'viewers do not feed')
  await nav('Animals').click()
  await page.locator('tbody a').first().waitFor()
  assert.equal(await page.getByRole('link', { name: 'New animal' }).count(), 0)
  await page.locator('tbody a').first().click()
  await page.getByLabel('Name').waitFor()
  assert.ok(await page.getByLabel('Name').isDisabled(), 'the animal is shown read-only')
  assert.equal(await page.getByRole('button', { name: 'Save changes' }).count(), 0)
  assert.equal(await page.getByRole('button', { name: 'Schedule feeding' }).count(), 0)
})

test('an administrator adds a user, who then signs in with that role', async () => {
  const username = `e2e-${Date.now().toString(36)}`
  await open('/')
  await nav('Users').click()
  await page.getByRole('button', { name: 'New user' }).click()
  await page.getByLabel('User name').fill(username)
  await page.getByLabel('Role').selectOption('keeper')
  await page.getByLabel('Password', { exact: true }).fill('short')
  await page.getByRole('button', { name: 'Create user' }).click()
  await page.getByText('must be at least 12 characters').waitFor()
  await page.getByLabel('Password', { exact: true }).fill('e2e-keeper-password')
  await page.getByRole('button', { name: 'Create user' }).click()
  // Saved: the form closes (the list is paged by name, so the new user may be on a later page).
  await page.getByRole('button', { name: 'New user' }).waitFor()
  await screenshot(page, '02-users')

  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.getByLabel('User name').fill(username)
  await page.getByLabel('Password', { exact: true }).fill('e2e-keeper-password')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.getByText(`${username} (Keeper)`).waitFor()
  assert.equal(await nav('Users').count(), 0, 'only administrators see Users')
})

test('a species is created; a duplicate name is shown at the field', async () => {
  await open('/species')
  await page.getByRole('button', { name: 'New species' }).click()
  await page.getByLabel('Common name').fill(speciesName)
  await page.getByLabel('Scientific name').fill(speciesName + ' johnstoni')
  await page.getByLabel('Conservation status').selectOption('EN')
  await page.getByLabel('Diet').selectOption('HERBIVORE')
  await page.getByRole('button', { name: 'Create species' }).click()
  await page.getByRole('cell', { name: speciesName, exact: true }).waitFor()

  await page.getByRole('button', { name: 'New species' }).click()
  await page.getByRole('button', { name: 'Create species' }).click()
  const commonName = page.getByLabel('Common name')
  assert.equal(await commonName.getAttribute('aria-invalid'), 'true', 'client-side check marks the field')
  await page.getByText('is required').first().waitFor()

  await commonName.fill(speciesName.toUpperCase())
  await page.getByLabel('Scientific name').fill('Anything else')
  await page.getByLabel('Conservation status').selectOption('LC')
  await page.getByLabel('Diet').selectOption('OMNIVORE')
  await page.getByRole('button', { name: 'Create species' }).click()
  await page.getByText(/is already used by species \d+/).waitFor()
  await screenshot(page, '02-species-duplicate-at-field')
  assert.equal(await commonName.getAttribute('aria-invalid'), 'true', "the server's answer marks the field")
  await page.getByRole('button', { name: 'Cancel' }).click()
})

test('an enclosure for one animal is created', async () => {
  await open('/enclosures')
  await page.getByRole('button', { name: 'New enclosure' }).click()
  await page.getByLabel('Name').fill(enclosureName)
  await page.getByLabel('Habitat').selectOption('SAVANNA')
  await page.getByLabel('Capacity').fill('1')
  await page.getByLabel('Area (m²)').fill('850')
  await page.getByRole('button', { name: 'Create enclosure' }).click()
  await page.getByRole('cell', { name: enclosureName, exact: true }).waitFor()
  await screenshot(page, '03-enclosure-created')
})

/**
 * Selects the option whose text starts with `prefix` (enclosure options end with "(0/1)"), once the
 * form's options have loaded (they come from the API after the form opens).
 */
async function selectByPrefix(select, prefix) {
  await select
    .locator('option', { hasText: prefix })
    .first()
    .waitFor({ state: 'attached' })
    .catch(() => {}) // not there in time: the assertion below names what there is
  const labels = await select.locator('option').allTextContents()
  const label = labels.find((l) => l.startsWith(prefix))
  assert.ok(label, `an option starting with "${prefix}" among ${labels.length}`)
  await select.selectOption({ label })
}

async function fillAnimal(name) {
  await open('/animals/new', 'keeper')
  await page.getByLabel('Name').fill(name)
  await page.getByLabel('Species').selectOption({ label: speciesName })
  await selectByPrefix(page.getByLabel('Enclosure'), enclosureName)
  await page.getByLabel('Sex').selectOption('FEMALE')
  await page.getByLabel('Arrival date').fill('2024-03-01')
}

test('an animal is created in it and found in the list', async () => {
  await fillAnimal(animalName)
  await page.getByLabel('Date of birth').fill('2024-04-01')
  await page.getByRole('button', { name: 'Create animal' }).click()
  await page.getByText('must not be after the arrival date').waitFor()
  await page.getByLabel('Date of birth').fill('2023-05-01')
  await page.getByRole('button', { name: 'Create animal' }).click()
  await page.getByRole('heading', { name: animalName }).waitFor()
  assert.match(page.url(), /\/animals\/\d+$/)

  await nav('Animals').click()
  await page.getByRole('searchbox').fill(animalName)
  await page.waitForURL(/q=/)
  await page.getByRole('link', { name: animalName }).waitFor()
  await screenshot(page, '04-animal-in-list')

  // The filter state is in the URL, the session in its cookie: a reload keeps both.
  await page.reload()
  await page.getByRole('link', { name: animalName }).waitFor()
  await page.getByRole('button', { name: 'Sign out' }).waitFor()
})

test('a full enclosure is explained, and so is deleting it', async () => {
  await fillAnimal(unique('E2E Second'))
  await page.getByRole('button', { name: 'Create animal' }).click()
  await page.getByText(/is full: 1 of 1 places are taken/).waitFor()
  await screenshot(page, '05-enclosure-full')

  await open('/enclosures')
  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: `Delete ${enclosureName}` }).click()
  await page.getByText(/still holds 1 active animal/).waitFor()
  await screenshot(page, '06-delete-explained')
})

test('a feeding is scheduled from the animal page and shows in its history', async () => {
  await open('/animals?q=' + encodeURIComponent(animalName), 'keeper')
  await page.getByRole('link', { name: animalName }).click()
  await page.getByRole('heading', { name: animalName }).waitFor()
  await page.getByLabel('When').fill('2030-05-04T09:30')
  await page.getByLabel('Food').fill('Acacia leaves')
  await page.getByLabel('Grams').fill('4200')
  await page.getByRole('button', { name: 'Schedule feeding' }).click()
  await page.getByRole('cell', { name: 'Acacia leaves' }).waitFor()
  await page.getByRole('cell', { name: '4200 g' }).waitFor()
  await screenshot(page, '07-feeding-scheduled')
})

test('a stale edit says who won and reapplies my change on top', async () => {
  await open('/animals?q=' + encodeURIComponent(animalName), 'keeper')
  await page.getByRole('link', { name: animalName }).click()
  await page.getByRole('heading', { name: animalName }).waitFor()
  const id = Number(page.url().split('/').pop())

  // Someone else saves first, through the API.
  const auth = { Authorization: `Bearer ${await apiToken('admin')}` }
  const current = await (await fetch(`${BASE_URL}/api/animals/${id}`, { headers: auth })).json()
  const theirs = { ...current, notes: 'Changed by the other keeper' }
  const saved = await fetch(`${BASE_URL}/api/animals/${id}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...auth },
    body: JSON.stringify(theirs),
  })
  assert.equal(saved.status, 200)
  const theirVersion = (await saved.json()).version

  await page.getByLabel('Sex').selectOption('MALE')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await page.getByText('Changed by someone else').waitFor()
  await page.getByText('Changed by the other keeper').waitFor()
  await screenshot(page, '08-stale-edit')
  await page.getByRole('button', { name: 'Apply my changes on top' }).click()
  await page.getByText('Changed by someone else').waitFor({ state: 'detached' })

  const after = await (await fetch(`${BASE_URL}/api/animals/${id}`, { headers: auth })).json()
  assert.equal(after.sex, 'MALE', 'my change is saved')
  assert.ok(after.version > theirVersion, 'saved on top of their version')
})

test('an expired session asks to sign in again over the page and keeps what was typed', async () => {
  await open('/animals?q=' + encodeURIComponent(animalName), 'keeper')
  await page.getByRole('link', { name: animalName }).click()
  await page.getByRole('heading', { name: animalName }).waitFor()
  const id = Number(page.url().split('/').pop())
  await page.getByLabel('Notes').fill('Typed before the token ran out')

  // The token runs out: the next save carries an expired token (signed with the server's key).
  const expired = expiredToken('keeper')
  const withExpired = (route, request) =>
    request.method() === 'PUT'
      ? route.continue({ headers: { ...request.headers(), authorization: `Bearer ${expired}` } })
      : route.continue()
  const dialog = page.getByRole('dialog', { name: 'Your session has ended' })
  await intercepting(`**/api/animals/${id}`, withExpired, async () => {
    await page.getByRole('button', { name: 'Save changes' }).click()
    await dialog.waitFor()
    await screenshot(page, '10-session-ended')
  })
  assert.equal(await dialog.getByLabel('User name').inputValue(), 'keeper', 'who was signed in is prefilled')
  await dialog.getByLabel('Password', { exact: true }).fill('zoo-demo-keeper')
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click()
  await dialog.waitFor({ state: 'detached' })

  assert.equal(await page.getByLabel('Notes').inputValue(), 'Typed before the token ran out', 'the input survived')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await page.getByRole('button', { name: 'Save changes' }).waitFor()
  const auth = { Authorization: `Bearer ${await apiToken('viewer')}` }
  let saved
  for (let attempt = 0; attempt < 50; attempt++) {
    saved = await (await fetch(`${BASE_URL}/api/animals/${id}`, { headers: auth })).json()
    if (saved.notes === 'Typed before the token ran out') break
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  assert.equal(saved.notes, 'Typed before the token ran out', 'saved after signing in again')
})

test('every page passes WCAG 2 A/AA checks and works at tablet width', async () => {
  // A long name that sorts first, so that it is among the keepers the dashboard offers for a feeding
  // whatever else the database holds (its select is as wide as its longest option).
  const created = await fetch(`${BASE_URL}/api/keepers`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await apiToken()}` },
    body: JSON.stringify({
      fullName: unique('Aaron Maximilian Alexander von Hohenzollern-Sigmaringen und Württemberg'),
      email: `${unique('long-name').replace(/\W/g, '')}@zoo.test`,
      hiredOn: '2020-01-01',
      enclosureIds: [],
    }),
  })
  assert.equal(created.status, 201, `a keeper with a long name: ${await created.text()}`)
  await page.setViewportSize({ width: 768, height: 1024 })
  await openSignedOut('/')
  await page.getByRole('heading', { name: 'Sign in to the zoo' }).waitFor()
  await page.waitForLoadState('networkidle')
  assert.deepEqual(await accessibilityViolations(page), [], 'no serious accessibility violations on the login page')
  for (const path of [
    '/',
    '/animals',
    '/animals/new',
    '/feedings?days=all',
    '/enclosures',
    '/species',
    '/keepers',
    '/users',
  ]) {
    await open(path)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.waitForLoadState('networkidle')
    assert.deepEqual(await accessibilityViolations(page), [], `no serious accessibility violations on ${path}`)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    assert.ok(overflow <= 0, `${path} fits 768 px without horizontal scrolling (overflow ${overflow} px)`)
  }
  await screenshot(page, '09-tablet-keepers')
  await page.setViewportSize({ width: 1024, height: 768 })
})

/** An API call of the test itself, as the administrator; the created or read JSON. */
async function apiCall(method, path, body) {
  const response = await fetch(`${BASE_URL}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await apiToken()}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${await response.clone().text()}`)
  return response.json()
}

/** An enclosure of the feedings tests, with an animal in it. */
const round = {
  enclosure: unique('E2E Round Paddock'),
  animal: unique('E2E Round Zebra'),
}

/** A feeding of the round's animal, scheduled `minutes` from now (negative: overdue). */
async function roundFeeding(minutes, food) {
  return apiCall('POST', '/api/feedings', {
    animalId: round.animalId,
    scheduledAt: new Date(Date.now() + minutes * 60_000).toISOString(),
    food,
    quantityGrams: 1500,
  })
}

/**
 * The row of the feeding of `food` (each test feeds its own food). By its text: on a phone each cell's
 * name starts with its column's label ("Food Axe hay"), which the card layout shows before it.
 */
function feedingRow(food) {
  return page.locator('tbody tr').filter({ hasText: food })
}

test('feedings: a keeper filters the round, reloads, sorts and marks a feeding fed as themselves', async () => {
  const species = await apiCall('POST', '/api/species', {
    commonName: unique('E2E Round Species'),
    scientificName: unique('Equus rotundus'),
    conservationStatus: 'NT',
    diet: 'HERBIVORE',
  })
  const enclosure = await apiCall('POST', '/api/enclosures', {
    name: round.enclosure,
    habitat: 'SAVANNA',
    capacity: 5,
    areaSquareMeters: 900,
  })
  round.enclosureId = enclosure.id
  const animal = await apiCall('POST', '/api/animals', {
    name: round.animal,
    speciesId: species.id,
    enclosureId: enclosure.id,
    sex: 'FEMALE',
    arrivalDate: '2024-01-10',
    status: 'ACTIVE',
  })
  round.animalId = animal.id
  await roundFeeding(-90, 'Keeper hay')

  await open('/', 'keeper')
  await nav('Feedings').click()
  await page.getByRole('heading', { level: 1, name: 'Feedings' }).waitFor()
  await page.getByText('You mark feedings fed as').waitFor()
  assert.equal(await page.getByLabel('Mark fed as').count(), 0, 'a keeper does not choose who fed')
  await page.getByLabel('Days').selectOption({ label: 'All dates' })
  await page.getByLabel('Enclosure').selectOption({ label: round.enclosure })
  await page.getByLabel('State').selectOption({ label: 'Overdue' })
  await page.waitForURL(/state=OVERDUE/)
  const url = new URL(page.url())
  assert.equal(url.searchParams.get('days'), 'all')
  assert.equal(url.searchParams.get('enclosureId'), String(round.enclosureId))
  await feedingRow('Keeper hay').waitFor()

  // The filters are the URL: a reload shows the same round.
  await page.reload()
  await feedingRow('Keeper hay').waitFor()
  assert.equal(await page.getByLabel('Days').inputValue(), 'all', 'days kept')
  assert.equal(await page.getByLabel('State').inputValue(), 'OVERDUE', 'state kept')
  assert.equal(await page.getByLabel('Enclosure').inputValue(), String(round.enclosureId), 'enclosure kept')
  await page.getByRole('button', { name: 'Animal', exact: true }).click()
  await page.waitForURL(/sort=animalName%2Casc|sort=animalName,asc/)
  await screenshot(page, '10-feedings-keeper')

  const row = feedingRow('Keeper hay')
  await row.getByRole('button', { name: /^Mark fed: / }).click()
  await page.getByText(new RegExp(`${round.animal} fed by Bruno Costa`)).waitFor()
  // Done now: it leaves the overdue ones, and shows as done with who fed it.
  await page.getByLabel('State').selectOption({ label: 'Done' })
  await feedingRow('Keeper hay').getByText('Bruno Costa').waitFor()
  assert.equal(
    await feedingRow('Keeper hay')
      .getByRole('button', { name: /Mark fed/ })
      .count(),
    0,
    'done once',
  )

  // Scheduled from here, it shows in the round.
  await page.getByRole('button', { name: 'Schedule a feeding' }).click()
  await selectByPrefix(page.getByLabel('Animal', { exact: true }), round.animal)
  await page.getByLabel('When').fill('2031-06-01T09:30')
  await page.getByLabel('Food').fill('Scheduled clover')
  await page.getByLabel('Grams').fill('700')
  await page.getByRole('button', { name: 'Schedule feeding' }).click()
  await page.getByText(`Scheduled: ${round.animal}`).waitFor()
  await page.getByLabel('State').selectOption({ label: 'Due' })
  await feedingRow('Scheduled clover').waitFor()
})

test('feedings: an administrator marks a feeding fed in the name of a keeper', async () => {
  await roundFeeding(-60, 'Admin hay')
  await open('/', 'admin')
  await nav('Feedings').click()
  await page.getByRole('heading', { level: 1, name: 'Feedings' }).waitFor()
  await page.getByLabel('Days').selectOption({ label: 'All dates' })
  await page.getByLabel('Enclosure').selectOption({ label: round.enclosure })
  const row = feedingRow('Admin hay')
  await row.getByRole('button', { name: /^Mark fed: / }).click()
  await page.getByText('Choose who fed the animal').waitFor()
  await page.getByLabel('Mark fed as').selectOption({ label: 'Bruno Costa' })
  await row.getByRole('button', { name: /^Mark fed: / }).click()
  await row.getByText('Done', { exact: true }).waitFor()
  await row.getByText('Bruno Costa').waitFor()
})

test('feedings: a viewer sees the round and no way to change it', async () => {
  await roundFeeding(-30, 'Viewer hay')
  await open('/', 'viewer')
  await nav('Feedings').click()
  await page.getByRole('heading', { level: 1, name: 'Feedings' }).waitFor()
  await page.getByLabel('Days').selectOption({ label: 'All dates' })
  await page.getByLabel('Enclosure').selectOption({ label: round.enclosure })
  await feedingRow('Viewer hay').waitFor()
  await page.reload()
  await feedingRow('Viewer hay').getByText('Overdue').waitFor()
  assert.equal(await page.getByRole('button', { name: /Mark fed/ }).count(), 0, 'no Mark fed')
  assert.equal(await page.getByRole('button', { name: 'Schedule a feeding' }).count(), 0, 'no scheduling')
  assert.equal(await page.getByLabel('Mark fed as').count(), 0, 'no keeper to choose')
})

test('feedings: WCAG 2 A/AA on a desktop and on a phone, and no sideways scrolling on a phone', async () => {
  await roundFeeding(-20, 'Axe hay')
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height })
    for (const user of ['admin', 'keeper']) {
      await open(`/feedings?days=all&enclosureId=${round.enclosureId}`, user)
      await feedingRow('Axe hay').waitFor()
      await page.waitForLoadState('networkidle')
      const where = `/feedings as ${user} at ${width}×${height}`
      assert.deepEqual(await accessibilityViolations(page), [], `no serious accessibility violations on ${where}`)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      assert.ok(overflow <= 0, `${where} fits without horizontal scrolling (overflow ${overflow} px)`)
    }
    await screenshot(page, `11-feedings-${width}`)
  }
  // On a phone, from the keyboard: Enter on a row's Mark fed completes it.
  await page.getByLabel('State').selectOption({ label: 'Overdue' })
  const button = feedingRow('Axe hay').getByRole('button', { name: /^Mark fed: / })
  await button.waitFor()
  await button.focus()
  await page.keyboard.press('Enter')
  await page.getByText(new RegExp(`${round.animal} fed by Bruno Costa`)).waitFor()
  await page.setViewportSize({ width: 1024, height: 768 })
})

test('the main navigation works from the keyboard', async () => {
  await open('/')
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor()
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur())
  await page.keyboard.press('Tab') // skip link
  await page.keyboard.press('Tab') // Dashboard
  await page.keyboard.press('Tab') // Animals
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { name: 'Animals' }).waitFor()
  assert.match(page.url(), /\/animals$/)
})

test('client-side routes survive a reload', async () => {
  const response = await openSignedOut('/keepers')
  assert.equal(response.status(), 200)
  await signIn('viewer')
  await page.getByRole('heading', { name: 'Keepers' }).waitFor()
  await page.getByText(/Backend .* revision/).waitFor()
})

// The top-level pages, each with what shows that its data rendered.
const PAGES = {
  Dashboard: () => page.getByRole('meter').first(),
  Animals: () => page.locator('tbody a').first(),
  // Today's round may be empty (the demo's feedings are relative to now): rows or the empty notice.
  Feedings: () => page.locator('tbody tr, p.empty').first(),
  Enclosures: () => page.getByRole('cell').first(),
  Species: () => page.getByRole('cell').first(),
  Keepers: () => page.getByRole('cell').first(),
  Users: () => page.getByRole('cell').first(),
}

/** Where each top-level page is. */
const PATHS = {
  Dashboard: '/',
  Animals: '/animals',
  Feedings: '/feedings',
  Enclosures: '/enclosures',
  Species: '/species',
  Keepers: '/keepers',
  Users: '/users',
}

/** A walk through every ordered pair of `names` (an Euler circuit of the complete directed graph). */
function everyPair(names) {
  const unused = new Map(names.map((from) => [from, names.filter((to) => to !== from)]))
  const stack = [names[0]]
  const walk = []
  while (stack.length) {
    const here = stack.at(-1)
    const next = unused.get(here)
    if (next.length) {
      stack.push(next.shift())
    } else {
      walk.push(stack.pop())
    }
  }
  return walk.reverse()
}

for (const [user, pages] of [
  ['admin', ['Dashboard', 'Animals', 'Feedings', 'Enclosures', 'Species', 'Keepers', 'Users']],
  ['keeper', ['Dashboard', 'Animals', 'Feedings', 'Enclosures', 'Species', 'Keepers']],
  ['viewer', ['Dashboard', 'Animals', 'Feedings', 'Enclosures', 'Species', 'Keepers']],
]) {
  test(`${user}: every page to every other by the navigation links, with a reload on each, never blank`, async () => {
    const problems = []
    const onPageError = (error) => problems.push(`page error: ${error.message}`)
    const onConsole = (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`)
    page.on('pageerror', onPageError)
    page.on('console', onConsole)
    try {
      // A first visit (no cookie) shows the login without an error in the console: no 401 of a
      // session resume that could not succeed.
      await open('/', user)
      assert.deepEqual(problems, [], `${user}: a clean first load and the sign-in log no error`)
      const walk = everyPair(pages)
      assert.equal(walk.length, pages.length * (pages.length - 1) + 1)
      for (const [step, name] of walk.entries()) {
        if (step > 0) {
          await nav(name).click()
        }
        const where = `${user} at ${name} (step ${step})`
        await page.getByRole('heading', { level: 1, name }).waitFor()
        await PAGES[name]().waitFor()
        await page.reload()
        await page.getByRole('heading', { level: 1, name }).waitFor()
        await PAGES[name]().waitFor()
        assert.equal(await page.getByRole('button', { name: 'Sign out' }).count(), 1, `${where}: still signed in`)
        assert.equal(await page.getByText('This page could not be shown').count(), 0, `${where}: no failed page`)
        assert.deepEqual(problems, [], `${where}: no errors in the page`)
      }
    } finally {
      page.off('pageerror', onPageError)
      page.off('console', onConsole)
    }
  })
}

/**
 * The layout shifts of a page load (the Layout Instability API, as Lighthouse's CLS counts them: not
 * those right after the user's input), each with the elements that moved.
 */
async function layoutShifts(tab) {
  return tab.evaluate(() => (window.__layoutShifts ?? []).map((s) => `${s.value.toFixed(4)}: ${s.sources.join(', ')}`))
}

// Every page keeps its layout as its answers arrive, whichever comes first: each API answer is held
// back by a delay that grows with the order of the requests, then by one that shrinks with it (the
// first request answered last). A page that draws something above what is already there when a late
// answer comes (a notice above the list, columns sized by their rows) moves, and fails here.
test('no page moves as its data arrives, in either order of the answers', async () => {
  const tab = await context.newPage()
  tab.setDefaultTimeout(15000)
  await tab.addInitScript(() => {
    window.__layoutShifts = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue
        window.__layoutShifts.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((source) =>
            source.node instanceof Element ? source.node.outerHTML.slice(0, 80) : String(source.node?.nodeName),
          ),
        })
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  let order = 'ascending'
  let asked = 0
  const STEP_MS = 150
  await tab.route(/\/api\/(?!auth\/)/, async (route) => {
    const index = asked++
    const delay = STEP_MS * (order === 'ascending' ? index : Math.max(0, 6 - index))
    await new Promise((resolve) => setTimeout(resolve, delay))
    await route.continue().catch(() => {}) // the page may have gone on already
  })
  const moved = []
  try {
    for (const [user, viewports, pages] of [
      [
        'admin',
        [
          [1280, 800],
          [390, 844],
        ],
        ['Dashboard', 'Animals', 'Feedings', 'Enclosures', 'Species', 'Keepers', 'Users'],
      ],
      ['keeper', [[1280, 800]], ['Dashboard', 'Feedings', 'Keepers']],
    ]) {
      await context.clearCookies()
      await tab.goto(BASE_URL + '/')
      await signInOn(tab, user)
      for (const [width, height] of viewports) {
        await tab.setViewportSize({ width, height })
        for (const name of pages) {
          for (order of ['ascending', 'descending']) {
            asked = 0
            await tab.goto(BASE_URL + PATHS[name])
            await tab.getByRole('heading', { level: 1, name }).waitFor()
            await tab.waitForLoadState('networkidle')
            await tab.waitForTimeout(300)
            const shifts = await layoutShifts(tab)
            if (shifts.length) moved.push(`${user} ${name} at ${width} px, answers ${order}: ${shifts.join(' | ')}`)
          }
        }
      }
    }
  } finally {
    await tab.close()
  }
  assert.deepEqual(moved, [], 'pages that moved as their data arrived')
})

test('the session survives a reload and a new tab, is not readable by scripts, and signing out ends it everywhere', async () => {
  await open('/species', 'keeper')
  await page.getByRole('cell').first().waitFor()
  assert.ok(!(await page.evaluate(() => document.cookie)).includes('zoo_session'), 'the session cookie is HttpOnly')
  const cookie = (await context.cookies(BASE_URL + '/api/auth/session')).find((c) => c.name === 'zoo_session')
  assert.ok(cookie, 'a session cookie for /api/auth/session')
  assert.equal(cookie.httpOnly, true)
  assert.equal(cookie.sameSite, 'Strict')
  assert.equal(cookie.path, '/api/auth/session')

  const other = await context.newPage()
  try {
    await other.goto(BASE_URL + '/keepers')
    await other.getByRole('button', { name: 'Sign out' }).waitFor()
    await other.getByText('keeper (Keeper)').waitFor()
    await other.getByRole('cell').first().waitFor()

    // Sign out in the first tab: the second one is signed out too, and a reload does not resume.
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('heading', { name: 'Sign in to the zoo' }).waitFor()
    await other.getByRole('heading', { name: 'Sign in to the zoo' }).waitFor()
    await other.reload()
    await other.getByRole('heading', { name: 'Sign in to the zoo' }).waitFor()
    assert.equal(await other.getByRole('button', { name: 'Sign out' }).count(), 0, 'signed out after the reload')
  } finally {
    await other.close()
  }
})

test('a backend that cannot be reached is told apart from an absent database, and the page recovers by itself', async () => {
  await open('/species')
  await page.getByRole('cell').first().waitFor()
  // What Vite's dev server answers while the backend is down or restarting: an empty 502 of its own.
  const proxyDown = (route) => route.fulfill({ status: 502, contentType: 'text/plain', body: '' })
  const backend = ['**/api/**', '**/health/**']
  await intercepting(backend, proxyDown, async () => {
    await nav('Keepers').click()
    await page.getByRole('alert').filter({ hasText: 'Server unreachable' }).waitFor()
    await page.locator('.banner[data-health="unreachable"]').waitFor({ timeout: 15000 })
    const text = await page.locator('body').innerText()
    assert.doesNotMatch(text, /Internal Server Error|Bad Gateway|database is unavailable/)
    await screenshot(page, '11-server-unreachable')
  })
  // Back: the list loads and the banner goes, without a reload.
  await page.getByRole('cell').first().waitFor({ timeout: 30000 })
  await page.locator('.banner').waitFor({ state: 'detached', timeout: 15000 })

  // A reload while the server cannot be reached waits for it instead of showing the login: the
  // session is still valid, and comes back by itself with the server.
  await intercepting(backend, proxyDown, async () => {
    await page.reload()
    await page.getByText('Resuming your session').waitFor()
    await page.locator('.banner[data-health="unreachable"]').waitFor({ timeout: 15000 })
    assert.equal(await page.getByRole('heading', { name: 'Sign in to the zoo' }).count(), 0, 'no login page')
  })
  await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 30000 })
  await page.getByRole('cell').first().waitFor()
})

test('while the server does not run the saved code, every page says why, and the banner goes when it does', async () => {
  // The packaged server that these tests run against is never in dev mode, so its /api/info is
  // given the dev block a dev-mode server sends after a save that does not compile (the server's
  // side of it is it.platform.DevModeStatusIT); everything else is the real server.
  const error = {
    file: 'backend/src/main/java/org/example/zoo/info/MessageResource.java',
    line: 22,
    message: 'illegal start of expression',
  }
  const failed = {
    state: 'compile-failed',
    problem: `the saved code does not compile: ${error.file}:${error.line}: ${error.message}`,
    lastSave: { file: error.file, at: new Date().toISOString() },
    lastCompile: { status: 'failed', at: null, changedFiles: [error.file], errors: [error], detail: null },
    lastStart: { status: 'started', at: new Date().toISOString(), cause: null },
  }
  const withDev = async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, json: { ...(await response.json()), dev: failed } })
  }
  const where = `${error.file}:${error.line}: ${error.message}`
  await intercepting('**/api/info', withDev, async () => {
    await openSignedOut('/')
    const banner = page.locator('.banner[data-dev-state="compile-failed"]')
    await banner.filter({ hasText: where }).waitFor()
    await signIn('admin')
    for (const name of ['Animals', 'Enclosures', 'Species', 'Keepers', 'Dashboard']) {
      await nav(name).click()
      await banner.filter({ hasText: where }).waitFor()
    }
    assert.match(await banner.innerText(), /does not compile/)
    await screenshot(page, '12-build-status-banner')
  })
  // The real server runs what was built: the banner goes by itself at the next question (2 s).
  await page.locator('.banner[data-dev-state]').waitFor({ state: 'detached', timeout: 15000 })
})

test('a production-profile server used for development shows a ribbon on every page', async () => {
  const uses = ['a git checkout is visible at /work/zoo/.git', 'the application monitor is enabled']
  const withUse = async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, json: { ...(await response.json()), profile: 'prod', developmentUse: uses } })
  }
  await intercepting('**/api/info', withUse, async () => {
    await openSignedOut('/')
    await page.getByTestId('development-use').filter({ hasText: uses[0] }).waitFor()
    await signIn('viewer')
    await nav('Animals').click()
    await page.getByTestId('development-use').filter({ hasText: 'being used for development' }).waitFor()
  })
})
