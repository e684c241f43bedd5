#!/usr/bin/env node
// The sagepipe command. User pipelines are TypeScript, so the CLI runs under tsx's loader.
import { register } from "tsx/esm/api";
register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv.slice(2));
