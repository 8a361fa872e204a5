// Our driver for turndown: converts every HTML file of a folder (or one file) to Markdown, the way
// `articlekit convert DIR --to markdown -o OUT` does, so whole runs can be timed side by side.
// usage: NODE_PATH=$AK_PEERS_DIR/node/node_modules node turndown-driver.js INPUT OUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const TurndownService = require('turndown');

const [input, outDir] = process.argv.slice(2);
if (!input || !outDir) {
  console.error('usage: turndown-driver.js INPUT(file or folder) OUT_DIR');
  process.exit(2);
}
const turndown = new TurndownService();
const files = fs.statSync(input).isDirectory()
  ? fs.readdirSync(input).filter((name) => /\.html?$/.test(name)).sort().map((name) => path.join(input, name))
  : [input];
fs.mkdirSync(outDir, { recursive: true });
let failures = 0;
for (const file of files) {
  try {
    const markdown = turndown.turndown(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(path.join(outDir, path.basename(file).replace(/\.[^.]*$/, '') + '.md'), markdown);
  } catch (e) {
    failures++;
    console.error(file + ': ' + e.message);
  }
}
process.exit(failures === 0 ? 0 : 1);
