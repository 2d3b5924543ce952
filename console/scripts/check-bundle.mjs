// The first route's JavaScript must stay within 250 KB gzipped (docs/console.md, "Speed"): the entry chunk, the chunks
// it imports statically, and the chunk of the page a signed-in clerk lands on (the work queue) with its imports.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const LIMIT_KB = 250
const dist = new URL('../dist/', import.meta.url).pathname
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))

const seen = new Set()
function collect(key) {
  const chunk = manifest[key]
  if (!chunk || seen.has(chunk.file)) return
  seen.add(chunk.file)
  for (const imported of chunk.imports ?? []) collect(imported)
}
const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)
collect(entry)
const queue = Object.keys(manifest).find((k) => k.endsWith('views/QueuePage.vue'))
collect(queue)

let total = 0
for (const file of seen) {
  if (!file.endsWith('.js')) continue
  const size = gzipSync(readFileSync(join(dist, file))).length
  total += size
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`)
}
console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  first route (entry and the work queue), gzipped; limit ${LIMIT_KB} KB`)
if (total > LIMIT_KB * 1024) {
  console.error(`the first route's JavaScript is ${(total / 1024).toFixed(1)} KB gzipped, over ${LIMIT_KB} KB`)
  process.exit(1)
}
