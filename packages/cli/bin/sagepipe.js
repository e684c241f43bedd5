#!/usr/bin/env node
// The sagepipe command. Our own code runs from a prebuilt bundle when it can (bundle.js says
// why and how); user pipelines are TypeScript, so the user's modules run under tsx's loader.
import { register as registerHooks } from "node:module";
import { bundleDir, bundleEnabled, freshBundle, makeBundle } from "./bundle.js";

const useBundle = bundleEnabled();
const dir = useBundle ? bundleDir() : undefined;
// The fast path loads the bundle before tsx, so none of its modules goes through tsx's hooks.
let bundle = dir ? freshBundle(dir) : undefined;
let main = bundle ? await loadMain(bundle.main) : undefined;

const { register } = await import("tsx/esm/api");
register();
if (dir && !main) {
  // First use, or our sources changed: make the bundle (~0.3 s) and run from it.
  bundle = await makeBundle(dir);
  main = bundle ? await loadMain(bundle.main) : undefined;
}
if (bundle && main) registerHooks(new URL("./redirect-hooks.js", import.meta.url), { data: { redirects: bundle.redirects } });
// tsx now loads every module of this one-shot process: the compiler may import the user's
// pipeline through it and share our packages (see SHARED_TSX_LOADER in the compiler).
globalThis[Symbol.for("sagepipe.sharedTsxLoader")] = true;
// tsx turns on source maps, which makes Node decode the inline map of every module it loads
// (~45 ms of CPU for a build from the sources). Only the user's code needs them (SP801 points
// at the line that threw), and the compiler turns them back on before importing it.
if (!process.env.SAGEPIPE_DEBUG) process.setSourceMapsEnabled(false);
main ??= (await import("../src/main.ts")).main;
process.exitCode = await main(process.argv.slice(2));

/** The bundle's `main`, or undefined if the bundle cannot be loaded (the sources are used then). */
async function loadMain(url) {
  try {
    return (await import(url)).main;
  } catch {
    return undefined;
  }
}
