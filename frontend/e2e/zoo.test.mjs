// End-to-end: the built UI, served by the Liberty server the Maven build started, in Chromium.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { accessibilityViolations, BASE_URL, launch, screenshot, unique } from './browser.mjs'

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

const speciesName = unique('E2E Okapi')
const enclosureName = unique('E2E Paddock')
const animalName = unique('E2E Kibo')

test('the dashboard shows statuses, due feedings and occupancy, and completes a feeding', async () => {
  await page.goto(BASE_URL + '/')
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor()
  await page.getByRole('heading', { name: 'Enclosure occupancy' }).waitFor()
  await page.getByRole('meter').first().waitFor()
  const due = page.locator('.feeding')
  await due.first().waitFor()
  const before = await due.count()
  const first = due.first()
  const animal = await first.getByRole('link').textContent()
  await first.getByRole('combobox').selectOption({ index: 1 })
  await screenshot(page, '01-dashboard')
  await first.getByRole('button', { name: 'Mark fed' }).click()
  await page.waitForFunction((n) => document.querySelectorAll('.feeding').length < n, before)
  assert.ok((await due.count()) < before, `the feeding of ${animal} is no longer due`)
})

test('a species is created; a duplicate name is shown at the field', async () => {
  await page.goto(BASE_URL + '/species')
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
  await page.goto(BASE_URL + '/enclosures')
  await page.getByRole('button', { name: 'New enclosure' }).click()
  await page.getByLabel('Name').fill(enclosureName)
  await page.getByLabel('Habitat').selectOption('SAVANNA')
  await page.getByLabel('Capacity').fill('1')
  await page.getByLabel('Area (m²)').fill('850')
  await page.getByRole('button', { name: 'Create enclosure' }).click()
  await page.getByRole('cell', { name: enclosureName, exact: true }).waitFor()
  await screenshot(page, '03-enclosure-created')
})

/** Selects the option whose text starts with `prefix` (enclosure options end with "(0/1)"). */
async function selectByPrefix(select, prefix) {
  const labels = await select.locator('option').allTextContents()
  const label = labels.find((l) => l.startsWith(prefix))
  assert.ok(label, `an option starting with "${prefix}" among ${labels.length}`)
  await select.selectOption({ label })
}

async function fillAnimal(name) {
  await page.goto(BASE_URL + '/animals/new')
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

  await page.goto(BASE_URL + '/animals')
  await page.getByRole('searchbox').fill(animalName)
  await page.waitForURL(/q=/)
  await page.getByRole('link', { name: animalName }).waitFor()
  await screenshot(page, '04-animal-in-list')

  // The filter state is in the URL: a reload keeps it.
  await page.reload()
  await page.getByRole('link', { name: animalName }).waitFor()
})

test('a full enclosure is explained, and so is deleting it', async () => {
  await fillAnimal(unique('E2E Second'))
  await page.getByRole('button', { name: 'Create animal' }).click()
  await page.getByText(/is full: 1 of 1 places are taken/).waitFor()
  await screenshot(page, '05-enclosure-full')

  await page.goto(BASE_URL + '/enclosures')
  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: `Delete ${enclosureName}` }).click()
  await page.getByText(/still holds 1 active animal/).waitFor()
  await screenshot(page, '06-delete-explained')
})

test('a feeding is scheduled from the animal page and shows in its history', async () => {
  await page.goto(BASE_URL + '/animals?q=' + encodeURIComponent(animalName))
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
  await page.goto(BASE_URL + '/animals?q=' + encodeURIComponent(animalName))
  await page.getByRole('link', { name: animalName }).click()
  await page.getByRole('heading', { name: animalName }).waitFor()
  const id = Number(page.url().split('/').pop())

  // Someone else saves first, through the API.
  const current = await (await fetch(`${BASE_URL}/api/animals/${id}`)).json()
  const theirs = { ...current, notes: 'Changed by the other keeper' }
  const saved = await fetch(`${BASE_URL}/api/animals/${id}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
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

  const after = await (await fetch(`${BASE_URL}/api/animals/${id}`)).json()
  assert.equal(after.sex, 'MALE', 'my change is saved')
  assert.ok(after.version > theirVersion, 'saved on top of their version')
})

test('every page passes WCAG 2 A/AA checks and works at tablet width', async () => {
  await page.setViewportSize({ width: 768, height: 1024 })
  for (const path of ['/', '/animals', '/animals/new', '/enclosures', '/species', '/keepers']) {
    await page.goto(BASE_URL + path)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.waitForLoadState('networkidle')
    assert.deepEqual(await accessibilityViolations(page), [], `no serious accessibility violations on ${path}`)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    assert.ok(overflow <= 0, `${path} fits 768 px without horizontal scrolling (overflow ${overflow} px)`)
  }
  await screenshot(page, '09-tablet-keepers')
  await page.setViewportSize({ width: 1024, height: 768 })
})

test('the main navigation works from the keyboard', async () => {
  await page.goto(BASE_URL + '/')
  await page.keyboard.press('Tab') // skip link
  await page.keyboard.press('Tab') // Dashboard
  await page.keyboard.press('Tab') // Animals
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { name: 'Animals' }).waitFor()
  assert.match(page.url(), /\/animals$/)
})

test('client-side routes survive a reload', async () => {
  const response = await page.goto(BASE_URL + '/keepers')
  assert.equal(response.status(), 200)
  await page.getByRole('heading', { name: 'Keepers' }).waitFor()
  await page.getByText(/Backend .* revision/).waitFor()
})
