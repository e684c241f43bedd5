import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { diagnostic, type Diagnostic, type SourceSpan } from "../diagnostics/diagnostic.ts";
import { nearestPackageJson, readPackageJson } from "./package-lookup.ts";

/** Where `"type"` is written in a package.json, else its first line. */
function typeSpan(file: string): SourceSpan {
  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch {
    // the span stays on line 1
  }
  const at = text.search(/"type"\s*:/);
  if (at < 0) return { file, line: 1, col: 1, length: 1 };
  const before = text.slice(0, at).split("\n");
  const line = before.length;
  const col = before[line - 1]!.length + 1;
  const end = text.indexOf("\n", at);
  return { file, line, col, length: Math.max(1, (end < 0 ? text.length : end) - at) };
}

/**
 * SP010: a pipeline file that Node would load as CommonJS (no `"type": "module"` in the
 * nearest package.json, or none): tsx then `require`s it, and requiring @sagepipe/core, an ES
 * module, fails inside the build. One diagnostic per package.json (or missing one).
 */
export function checkModuleType(files: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    if (!/\.tsx?$/.test(file)) continue; // .mts is always an ES module
    const pkg = nearestPackageJson(dirname(file));
    if (pkg && readPackageJson(pkg)?.type === "module") continue;
    const key = pkg ?? dirname(file);
    if (seen.has(key)) continue;
    seen.add(key);
    if (pkg) {
      out.push(diagnostic("SP010", "error", typeSpan(pkg), `${pkg} does not say "type": "module", so Node loads ${basename(file)} as CommonJS and cannot load @sagepipe/core, an ES module, from it.`,
        `Add "type": "module" to ${pkg} (npm pkg set type=module).`));
    } else {
      out.push(diagnostic("SP010", "error", { file, line: 1, col: 1, length: 1 }, `No package.json in ${dirname(file)} or above it, so Node loads ${basename(file)} as CommonJS and cannot load @sagepipe/core, an ES module, from it.`,
        `Create ${join(dirname(file), "package.json")} with { "type": "module" } (npm init -y && npm pkg set type=module), then npm install @sagepipe/core sagepipe.`));
    }
  }
  return out;
}
