// The reflect-metadata polyfill (Reflect.defineMetadata, ...). Loaded with require: importing a
// CommonJS package from ESM makes Node scan its source for exports first (~10 ms at start-up,
// for exports we do not use). The type-only import keeps its declarations of `Reflect`.
import { createRequire } from "node:module";
import type {} from "reflect-metadata";

createRequire(import.meta.url)("reflect-metadata");
