import { pathToFileURL } from "node:url";
import { freshUserModuleUrl } from "./fresh-user-modules.ts";

/**
 * How the build imports a module of the user's, by URL. A process that loads TypeScript itself
 * passes its own (the `sagepipe` bin registers tsx only when a user module is to be imported:
 * starting Node's loader thread costs ~0.1 s, which `check` and `graph` never pay); the user's
 * pipeline then shares the @sagepipe packages the process already loaded.
 */
export type ImportModule = (url: string) => Promise<Record<string, unknown>>;

const imported = new Set<string>();
/** Whether this process's own `import()` loads a .ts file (learnt on the first try). */
let processImportsTypeScript: boolean | undefined;

/**
 * Imports a TypeScript module of the user's, a fresh instance each time (so a second build in
 * one process, such as a watch, sees edited files): through `importModule` when given; else
 * through the process's own `import()` when it can load TypeScript (a process started by `tsx`,
 * or with `node --import tsx`, as `tsx build-pipeline.ts` is), found by trying it once; else in
 * a namespace of tsx's own. Through the process's loader, a later import of the same file gets
 * a revision in its URL that reaches the user's files only (`./fresh-user-modules.ts`).
 */
export async function importUserModule(file: string, importModule?: ImportModule): Promise<Record<string, unknown>> {
  const url = pathToFileURL(file).href;
  const again = imported.has(url);
  imported.add(url);
  // The user's frames must map to its TypeScript lines (SP801), even if the process turned
  // source maps off while loading our own packages (the sagepipe bin does).
  process.setSourceMapsEnabled(true);
  const target = again ? freshUserModuleUrl(url) : url;
  if (importModule) return importModule(target);
  if (processImportsTypeScript !== false) {
    try {
      const loaded = (await import(target)) as Record<string, unknown>;
      processImportsTypeScript = true;
      return loaded;
    } catch (e) {
      if (processImportsTypeScript === true || !cannotLoadTypeScript(e)) throw e;
      processImportsTypeScript = false;
    }
  }
  const { tsImport } = await import("tsx/esm/api");
  return (await tsImport(url, import.meta.url)) as Record<string, unknown>;
}

/** Node's error for a .ts file it has no loader for (the import evaluated nothing). */
function cannotLoadTypeScript(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === "ERR_UNKNOWN_FILE_EXTENSION";
}
