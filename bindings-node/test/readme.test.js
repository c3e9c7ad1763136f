// The README's Node snippet runs.
const { test } = require('node:test')
const fs = require('node:fs')
const path = require('node:path')

test('README Node snippet', () => {
  const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8')
  const blocks = [...readme.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1])
  if (blocks.length === 0) throw new Error('no js snippet in the README')
  for (const b of blocks) {
    new Function('require', b.replace("require('postpurchase')", "require('..')"))(require)
  }
})
