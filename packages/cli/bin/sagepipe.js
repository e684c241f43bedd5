#!/usr/bin/env node
// The sagepipe command. Our own code runs from a prebuilt bundle when it can (bundle.js says
// why and how); user pipelines are TypeScript, so the user's modules run under tsx's loader,
// registered only when a command is about to load one (`check`, `graph` and `--help` never do).
import { existsSync } from "node:fs";
import { register as registerHooks } from "node:module";
import { bundleDir, bundleEnabled, freshBundle, makeBundle } from "./bundle.js";

// Installed from its tarball, the package holds compiled JavaScript (dist/) and no sources.
const fromSources = existsSync(new URL("../src/main.ts", import.meta.url));
const dir = fromSources && bundleEnabled() ? bundleDir() : undefined;
// The bundle loads before any loader hooks exist, so none of its modules goes through them.
let bundle = dir ? freshBundle(dir) : undefined;
let main = bundle ? await loadMain(bundle.main) : undefined;
if (dir && !main) {
  // First use, our sources changed, or the bundle could not be loaded: make it (~0.3 s).
  bundle = await makeBundle(dir);
  main = bundle ? await loadMain(bundle.main) : undefined;
}
if (!main) bundle = undefined;

let loaderReady;
/** Registers tsx (and, with the bundle, the hooks sending @sagepipe imports to it), once. */
const prepareLoader = () =>
  (loaderReady ??= (async () => {
    const { register } = await import("tsx/esm/api");
    register();
    if (bundle) registerHooks(new URL("./redirect-hooks.js", import.meta.url), { data: { redirects: bundle.redirects } });
    // tsx turns on source maps, which makes Node decode the inline map of every module it
    // loads (~45 ms of CPU when our packages load from their sources). Only the user's code
    // needs them (SP801 points at the line that threw): the compiler turns them back on
    // before importing it. SAGEPIPE_DEBUG keeps them.
    if (!process.env.SAGEPIPE_DEBUG) process.setSourceMapsEnabled(false);
  })());
/** How builds import the user's modules: through this process's loader, sharing our loaded packages. */
const importModule = async (url) => {
  await prepareLoader();
  // The user's frames must map to its TypeScript lines (a mistake found in the built definition
  // is placed through them): the first call registered the loader, which turned maps off.
  process.setSourceMapsEnabled(true);
  return import(url);
};
if (!main && !fromSources) main = (await import("../dist/main.js")).main;
if (!main) {
  // No bundle: our packages are TypeScript sources, loaded through tsx.
  await prepareLoader();
  main = (await import("../src/main.ts")).main;
}
process.exitCode = await main(process.argv.slice(2), await defaultIO(importModule));

/** The CLI's default CommandIO, from the module `main` came from. */
async function defaultIO(importModule) {
  const url = bundle ? bundle.main : fromSources ? "../src/main.ts" : "../dist/main.js";
  return (await import(bundle ? url : new URL(url, import.meta.url).href)).defaultIO(importModule);
}

/** The bundle's `main`, or undefined if the bundle cannot be loaded (the sources are used then). */
async function loadMain(url) {
  try {
    return (await import(url)).main;
  } catch {
    return undefined;
  }
}
