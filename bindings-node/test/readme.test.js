// The README's Node snippet and every js block of docs/node.md run.
const { test } = require('node:test')
const fs = require('node:fs')
const path = require('node:path')

for (const page of ['README.md', 'docs/node.md']) {
  test(`${page} Node snippets`, () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '..', page), 'utf8')
    const blocks = [...text.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1])
    if (blocks.length === 0) throw new Error(`no js snippet in ${page}`)
    for (const b of blocks) {
      new Function('require', b.replace("require('postpurchase')", "require('..')"))(require)
    }
  })
}
