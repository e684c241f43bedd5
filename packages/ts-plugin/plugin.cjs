// The file tsserver loads. tsserver loads a plugin with require() and calls what it exports
// with its own `typescript` module, so this entry is CommonJS; the plugin itself is
// TypeScript (ES modules) like the rest of sagepipe.
// - Installed from npm: dist/plugin.cjs, one CommonJS bundle of the plugin and the parts of
//   @sagepipe/compiler it uses (made when the package is packed: src/bundle/bundle-plugin.ts).
// - In the sagepipe workspace (src/ is there): the sources, through tsx's require(), so the
//   editor runs the code as it is now.
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const source = join(__dirname, "src", "index.ts");
const loaded = existsSync(source) ? require("tsx/cjs/api").require("./src/index.ts", __filename) : require("./dist/plugin.cjs");
module.exports = loaded.init;
