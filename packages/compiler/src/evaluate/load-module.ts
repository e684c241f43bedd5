import { pathToFileURL } from "node:url";
import { freshUserModuleUrl } from "./fresh-user-modules.ts";

/**
 * Set on globalThis by a process that builds once and can load the user's modules through a
 * tsx loader of its own, such as the `sagepipe` command: `true` when that loader is registered,
 * or a function that registers it (the command registers tsx only when a user module is to be
 * loaded: starting Node's loader thread costs ~0.1 s, which `check` and `graph` never pay).
 * The process's first import of a user module then goes through that loader and shares the
 * already loaded @sagepipe packages, instead of loading a second copy of them in a fresh tsx
 * namespace (about 80 modules, 0.1 s).
 */
export const SHARED_TSX_LOADER = Symbol.for("sagepipe.sharedTsxLoader");

type SharedLoader = true | (() => Promise<void>);

const imported = new Set<string>();

/**
 * Imports a TypeScript module of the user's through tsx, a fresh instance each time (so a second
 * build in one process, such as a watch, sees edited files). When the process's own tsx loader
 * may be shared (`processLoadsTypeScript`), the first import of a file goes through it, and
 * later ones too, with a revision in the URL that reaches the user's files only
 * (`./fresh-user-modules.ts`); otherwise each import gets a fresh tsx namespace.
 */
export async function importUserModule(file: string): Promise<Record<string, unknown>> {
  const url = pathToFileURL(file).href;
  const shared = processLoadsTypeScript();
  const again = imported.has(url);
  imported.add(url);
  const loader = (globalThis as { [SHARED_TSX_LOADER]?: SharedLoader })[SHARED_TSX_LOADER];
  if (shared && typeof loader === "function") await loader();
  // The user's frames must map to its TypeScript lines (SP801), even if the process turned
  // source maps off while loading our own packages (the sagepipe bin does).
  process.setSourceMapsEnabled(true);
  if (shared) return (await import(again ? freshUserModuleUrl(url) : url)) as Record<string, unknown>;
  const { tsImport } = await import("tsx/esm/api");
  return (await tsImport(url, import.meta.url)) as Record<string, unknown>;
}

/**
 * Whether every module of this process already goes through tsx: a process that says so
 * (`SHARED_TSX_LOADER`), or one started by the `tsx` command or with `node --import tsx`
 * (as `tsx build-pipeline.ts` is), whose Node options name tsx's loader.
 */
export function processLoadsTypeScript(execArgv: readonly string[] = process.execArgv): boolean {
  if ((globalThis as { [SHARED_TSX_LOADER]?: SharedLoader })[SHARED_TSX_LOADER] !== undefined) return true;
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    const option = /^--(import|loader|experimental-loader)(=|$)/.exec(arg);
    const value = option === null ? undefined : option[2] === "=" ? arg.slice(option[0].length) : execArgv[++i];
    if (value !== undefined && TSX_LOADER.test(value)) return true;
  }
  return false;
}

/** How tsx's loader is named to Node: by package (`tsx`, `tsx/esm`) or by file (the tsx command). */
const TSX_LOADER = /^tsx(\/esm)?$|\/tsx\/dist\/(loader|esm\/index)\.m?js$/;
