#!/usr/bin/env node
// The sagepipe command. User pipelines are TypeScript, so the CLI runs under tsx's loader.
import { register } from "tsx/esm/api";
register();
// tsx now loads every module of this one-shot process: the compiler may import the user's
// pipeline through it and share our packages (see SHARED_TSX_LOADER in the compiler).
globalThis[Symbol.for("sagepipe.sharedTsxLoader")] = true;
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv.slice(2));
