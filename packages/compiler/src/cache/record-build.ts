// Keeps the record of a build that a later, unchanged build reuses (./warm-build.ts says what
// it holds and when it applies).
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomically } from "@sagepipe/core";
import type { BuildResult } from "../build.ts";
import { impurity } from "./build-purity.ts";
import { buildRecordPath, digestOf, outputDigest, probesFor, RECORD_FORMAT, sagepipeIdentity, type BuildRecord, type PrintedLine, type WarmBuildKey } from "./warm-build.ts";

/**
 * Records a build for reuse when it succeeded with nothing to report and its result depends
 * on its files only; otherwise removes any earlier record of the same key. Never throws: a
 * record that cannot be kept only costs the next build its shortcut.
 */
export function recordBuild(key: WarmBuildKey, result: BuildResult, printed: readonly PrintedLine[], env: NodeJS.ProcessEnv = process.env): void {
  const file = buildRecordPath(key, env);
  if (!file) return;
  try {
    if (!result.ok || result.diagnostics.length || result.facts.files.some((f) => impurity(readFileSync(f, "utf8")) !== undefined)) {
      rmSync(file, { force: true });
      return;
    }
    const outputs: Record<string, string> = {};
    for (const p of result.pipelines) {
      const manifestFile = join(key.outDir, `${p.name}.assets.json`);
      const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { definition: string; assets: { file: string }[] };
      for (const written of [manifestFile, join(key.outDir, manifest.definition)]) outputs[written] = outputDigest(written);
      for (const asset of manifest.assets) outputs[join(key.outDir, asset.file)] = outputDigest(join(key.outDir, asset.file), "size:");
    }
    const inputs = Object.fromEntries([...new Set(result.inputs)].sort().map((path) => [path, digestOf(path)]));
    const record: BuildRecord = { format: RECORD_FORMAT, identity: sagepipeIdentity(key), inputs, probes: probesFor(key.entry), outputs, printed };
    writeFileAtomically(file, JSON.stringify(record));
  } catch {
    try {
      rmSync(file, { force: true });
    } catch {
      // The cache folder is not writable: there is no record to trust or remove.
    }
  }
}
