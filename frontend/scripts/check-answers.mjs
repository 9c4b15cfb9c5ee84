// Compiles real answers against the UI's API types: the answers the backend's integration tests
// received and kept (it.support.Contract writes <operationId>.<status>.<n>.json into the directory
// given as the argument) become typed constants, e.g.
//   export const a1: Answer<'listAnimals', 200> = { "items": [...], ... }
// and TypeScript checks them against src/api/schema.d.ts (generated from the OpenAPI document by
// openapi-typescript): a missing property, a null where the type has none, an unknown enum value or
// an extra property fails. Exit status 1 with tsc's messages; 0 when every answer compiles.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const directory = process.argv[2]
if (!directory) {
  console.error('usage: check-answers.mjs <directory of <operationId>.<status>.<n>.json answers>')
  process.exit(2)
}
if (!existsSync(directory)) {
  // The integration tests create it with their first answer: none ran (e.g. -DskipITs).
  console.log(`no answers kept in ${directory}: no integration test ran, nothing to check`)
  process.exit(0)
}
const files = readdirSync(directory)
  .filter((name) => /^[A-Za-z]+\.\d{3}\.\d+\.json$/.test(name))
  .sort()
if (files.length === 0) {
  console.error(`no answers in ${directory}: the integration tests ran but kept none`)
  process.exit(1)
}

const lines = [
  "import type { operations } from '../src/api/schema'",
  'type Answer<O extends keyof operations, S extends keyof operations[O]["responses"]> =',
  '  operations[O]["responses"][S] extends { content: infer C } ? C[keyof C] : never',
]
files.forEach((name, i) => {
  const [operation, status] = name.split('.')
  const body = readFileSync(`${directory}/${name}`, 'utf8')
  lines.push(`// ${name}`, `export const a${i}: Answer<'${operation}', ${status}> = ${body}`)
})
const target = fileURLToPath(new URL('../target/', import.meta.url))
mkdirSync(target, { recursive: true })
const file = `${target}answers.ts`
writeFileSync(file, lines.join('\n') + '\n')

const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url))
try {
  execFileSync(
    process.execPath,
    [
      tsc,
      '--noEmit',
      '--strict',
      '--skipLibCheck',
      '--target',
      'es2022',
      '--module',
      'esnext',
      '--moduleResolution',
      'bundler',
      file,
    ],
    { stdio: 'inherit' },
  )
  console.log(`${files.length} answers compile against src/api/schema.d.ts`)
} catch {
  console.error(`answers that do not compile against src/api/schema.d.ts: see ${file}`)
  process.exit(1)
}
