import { pathToFileURL } from "node:url";
import { tsImport } from "tsx/esm/api";

/** Imports a TypeScript module of the user's (through tsx, so it works from plain node too). */
export async function importUserModule(file: string): Promise<Record<string, unknown>> {
  return (await tsImport(pathToFileURL(file).href, import.meta.url)) as Record<string, unknown>;
}
