import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import type { ts } from "ts-morph";
import { bundledTypescriptFile, codeCacheDir, typescript } from "../extract/typescript.ts";
import { requireWithCodeCache } from "../extract/v8-code-cache.ts";

/** Which TypeScript checks a project's types, found without loading it. */
export interface CheckerTypescript {
  /** `project`: the user's own (resolved from the entry's folder); `sagepipe`: ts-morph's copy. */
  readonly from: "project" | "sagepipe";
  /** The compiler's file (`.../typescript/lib/typescript.js`). */
  readonly file: string;
  /** Its package version (for sagepipe's: ts-morph's, which fixes TypeScript's). */
  readonly version: string;
}

/** A loaded TypeScript and the standard library files it checks against. */
export interface LoadedTypescript extends CheckerTypescript {
  readonly ts: typeof ts;
  /** The folder of `lib.*.d.ts`; for ts-morph's copy a virtual one served from `libFiles`. */
  readonly libDir: string;
  readonly libFiles?: ReadonlyMap<string, string>;
}

function versionOf(file: string): string | undefined {
  for (let dir = dirname(file); dirname(dir) !== dir; dir = dirname(dir)) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        return (JSON.parse(readFileSync(pkg, "utf8")) as { version?: string }).version;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * The TypeScript a project has installed (a peer dependency of the compiler), when it has the
 * compiler API (`lib/typescript.js`: TypeScript 4 to 6; the native TypeScript 7 has no
 * JavaScript API yet), else the one sagepipe brings: ts-morph's copy, which extraction loads anyway.
 */
export function findCheckerTypescript(entryDir: string): CheckerTypescript {
  try {
    const file = createRequire(join(entryDir, "noop.js")).resolve("typescript");
    const version = versionOf(file);
    if (basename(file) === "typescript.js" && version) return { from: "project", file, version };
  } catch {
    // not installed: sagepipe's own
  }
  // Named by ts-morph's package version, which fixes its TypeScript's, so finding it loads nothing.
  const file = bundledTypescriptFile() ?? createRequire(import.meta.url).resolve("ts-morph");
  return { from: "sagepipe", file, version: `ts-morph-common@${versionOf(file) ?? "?"}` };
}

/**
 * Whether extraction may parse with this TypeScript instead of ts-morph's: the project's own,
 * 5.0 or later (the versions the editor plugin extracts with). Extraction reads syntax only.
 */
export function extractsWith(found: CheckerTypescript): boolean {
  return found.from === "project" && Number(found.version.split(".")[0]) >= 5;
}

const loadedByFile = new Map<string, LoadedTypescript>();

/** Loads the TypeScript found by `findCheckerTypescript` (once per process). */
export function loadCheckerTypescript(found: CheckerTypescript): LoadedTypescript {
  const known = loadedByFile.get(found.file);
  if (known) return known;
  let loaded: LoadedTypescript;
  if (found.from === "project") {
    const t = requireWithCodeCache(found.file, codeCacheDir()) as typeof ts;
    loaded = { ...found, ts: t, libDir: dirname(t.getDefaultLibFilePath({})) };
  } else {
    const t = typescript();
    const libDir = join(dirname(found.file), "sagepipe-virtual-lib");
    const files = new Map(bundledLibFiles().map((f) => [join(libDir, f.fileName), f.text]));
    loaded = { ...found, version: t.version, ts: t, libDir, libFiles: files };
  }
  loadedByFile.set(found.file, loaded);
  return loaded;
}

/**
 * ts-morph ships TypeScript's `lib.*.d.ts` inside `@ts-morph/common` (not as files). That
 * module requires `./typescript`, which is the copy extraction already loaded (registered in
 * the require cache by `requireWithCodeCache`), so no second compiler is loaded.
 */
function bundledLibFiles(): readonly { fileName: string; text: string }[] {
  const file = bundledTypescriptFile();
  const require = createRequire(file ?? import.meta.url);
  const common = (file ? require("./ts-morph-common.js") : require("@ts-morph/common")) as { getLibFiles(): { fileName: string; text: string }[] };
  return common.getLibFiles();
}
