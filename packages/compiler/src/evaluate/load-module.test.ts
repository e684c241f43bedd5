import { suite } from "uvu";
import * as assert from "uvu/assert";
import { processLoadsTypeScript } from "./load-module.ts";

const t = suite("processLoadsTypeScript");

t("the tsx command and node --import tsx load every module through tsx", () => {
  // What the tsx command passes to Node (tsx 4).
  assert.ok(processLoadsTypeScript(["--require", "/n/tsx/dist/preflight.cjs", "--import", "file:///n/.pnpm/tsx@4.23.15/node_modules/tsx/dist/loader.mjs"]));
  assert.ok(processLoadsTypeScript(["--import", "tsx"]));
  assert.ok(processLoadsTypeScript(["--import=tsx/esm"]));
  assert.ok(processLoadsTypeScript(["--loader", "tsx"]));
  assert.ok(processLoadsTypeScript(["--experimental-loader=file:///n/tsx/dist/esm/index.mjs"]));
});

t("anything else does not", () => {
  assert.not.ok(processLoadsTypeScript([]));
  assert.not.ok(processLoadsTypeScript(["--import", "./my-tsx-helper.js"]));
  assert.not.ok(processLoadsTypeScript(["--require", "tsx"])); // CommonJS only: ESM .ts imports fail
  assert.not.ok(processLoadsTypeScript(["--import"]));
  assert.not.ok(processLoadsTypeScript(["--inspect", "tsx"]));
});

t.run();
