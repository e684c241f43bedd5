import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { ProgramFacts } from "../extract/facts.ts";
import { installedPackageDir, nearestPackageJson, readPackageJson } from "./package-lookup.ts";

const CORE = "@sagepipe/core";

function versionAt(dir: string): string {
  const v = readPackageJson(join(dir, "package.json"))?.version;
  return typeof v === "string" ? v : "unknown version";
}

/** The copy of @sagepipe/core the compiler itself uses (its `isPipelineClass` and evaluation). */
export function compilerCoreDir(): string | undefined {
  return installedPackageDir(dirname(fileURLToPath(import.meta.url)), CORE);
}

/**
 * SP011: a file imports @sagepipe/core and none is installed where Node looks for it.
 * SP012: the pipeline's files get another copy of @sagepipe/core than each other or than the
 * compiler (e.g. one nested in a node_modules of its own): classes and decorators of one copy
 * are not those of the other. Static: resolves package folders, loads nothing.
 */
export function checkCorePackage(facts: ProgramFacts, compilerCore: string | null): Diagnostic[] {
  const out: Diagnostic[] = [];
  const copies = new Map<string, (typeof facts.packageImports)[number]>();
  const missing = new Set<string>();
  for (const imp of facts.packageImports) {
    if (imp.value !== CORE && !imp.value.startsWith(`${CORE}/`)) continue;
    const dir = installedPackageDir(dirname(imp.span.file), CORE);
    if (dir) {
      if (!copies.has(dir)) copies.set(dir, imp);
      continue;
    }
    if (missing.has(imp.span.file)) continue;
    missing.add(imp.span.file);
    const pkg = nearestPackageJson(dirname(imp.span.file));
    const project = pkg ? dirname(pkg) : dirname(imp.span.file);
    out.push(diagnostic("SP011", "error", imp.span, `${CORE} is not installed: there is no node_modules/${CORE} in ${dirname(imp.span.file)} or any folder above it.`,
      `Run npm install ${CORE} in ${project}, which adds it to the dependencies of ${pkg ?? join(project, "package.json")}.`));
  }
  const dirs = [...copies.keys()];
  if (compilerCore && dirs.length && !dirs.includes(compilerCore)) dirs.push(compilerCore);
  if (dirs.length > 1) {
    const [first] = copies.values();
    const listed = dirs.map((d) => `${d} (${versionAt(d)}${d === compilerCore ? ", the compiler's" : ""})`).join(" and ");
    out.push(diagnostic("SP012", "error", first!.span, `Two copies of ${CORE} are installed, and this build would load both: ${listed}. Pipeline classes and decorators of one copy are unknown to the other.`,
      `Keep one copy: give ${CORE}, @sagepipe/compiler and sagepipe the same version in package.json and reinstall (npm install, then npm dedupe), or remove the nested node_modules/${CORE}.`));
  }
  return out;
}
