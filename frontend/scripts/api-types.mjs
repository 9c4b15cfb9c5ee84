// The UI's API types, generated from the OpenAPI document (docs/openapi.json, which
// OpenApiDocumentIT keeps equal to the server's /openapi) by openapi-typescript and formatted by
// Prettier. `npm run api` writes src/api/schema.d.ts; `node scripts/api-types.mjs --check` (part of
// `npm run lint`) fails when the file is not what this generates (the document changed, or someone
// edited the file).
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'
import { format, resolveConfig } from 'prettier'

export const DOCUMENT = new URL('../../docs/openapi.json', import.meta.url)
export const TYPES = new URL('../src/api/schema.d.ts', import.meta.url)

const BANNER =
  "// Generated from docs/openapi.json (the server's /openapi) by openapi-typescript: do not edit.\n" +
  '// After an API change: rewrite the document (OpenApiDocumentIT, -Dopenapi.write=true), then npm run api.\n\n'

/** The text schema.d.ts must have. */
export async function generate() {
  const document = JSON.parse(await readFile(DOCUMENT, 'utf8'))
  const source = BANNER + astToString(await openapiTS(document))
  const path = fileURLToPath(TYPES)
  return format(source, { ...(await resolveConfig(path)), filepath: path })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const expected = await generate()
  if (process.argv.includes('--check')) {
    if ((await readFile(TYPES, 'utf8')) !== expected) {
      console.error('src/api/schema.d.ts is not what docs/openapi.json generates: run npm run api')
      process.exit(1)
    }
  } else {
    await writeFile(TYPES, expected)
    console.log(`wrote ${fileURLToPath(TYPES)}`)
  }
}
