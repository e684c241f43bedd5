#!/usr/bin/env node
// The sagepipe command. User pipelines are TypeScript, so the CLI runs under tsx's loader.
import { register } from "tsx/esm/api";
register();
// tsx now loads every module of this one-shot process: the compiler may import the user's
// pipeline through it and share our packages (see SHARED_TSX_LOADER in the compiler).
globalThis[Symbol.for("sagepipe.sharedTsxLoader")] = true;
// tsx turns on source maps, which makes Node decode the inline map of every module it loads
// (~45 ms of CPU for a build). Only the user's code needs them (SP801 points at the line that
// threw), and the compiler turns them back on before importing it; SAGEPIPE_DEBUG keeps them.
if (!process.env.SAGEPIPE_DEBUG) process.setSourceMapsEnabled(false);
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv.slice(2));
