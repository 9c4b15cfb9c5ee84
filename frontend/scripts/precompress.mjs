// Brotli and gzip copies of the build's hashed assets (dist/assets/x-HASH.js → .js.br, .js.gz),
// compressed once at build time at the highest levels, which are too slow to run per request. The
// server sends a copy when the browser accepts its encoding (web.PrecompressedAssets in the
// backend; gzip_static in the compose stack's nginx). Node's own zlib: no dependency. Run after
// `vite build`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const assets = new URL('../dist/assets/', import.meta.url).pathname
// Text formats only: images and fonts are compressed already.
const TEXT = /\.(js|mjs|css|svg|json|map|webmanifest|txt|html)$/
// Below this a compressed answer saves less than its headers and the work cost.
const MIN_BYTES = 1024

let written = 0
for (const file of readdirSync(assets)) {
  if (!TEXT.test(file)) {
    continue
  }
  const source = readFileSync(join(assets, file))
  if (source.length < MIN_BYTES) {
    continue
  }
  const copies = {
    br: brotliCompressSync(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    }),
    gz: gzipSync(source, { level: 9 }),
  }
  for (const [suffix, bytes] of Object.entries(copies)) {
    if (bytes.length < source.length) {
      writeFileSync(join(assets, `${file}.${suffix}`), bytes)
      written++
    }
  }
  console.log(`precompressed ${file}: ${source.length} B, br ${copies.br.length} B, gzip ${copies.gz.length} B`)
}
console.log(`precompressed: ${written} files`)
