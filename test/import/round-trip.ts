// Import a definition, then check and build the generated file in a temp project whose
// tsconfig is `sagepipe init`'s (strict, standard decorators), and compare the result with
// the input (every difference counts: the importer keeps values as written).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importDefinition } from "../../packages/compiler/src/index.ts";
import { main } from "../../packages/cli/src/main.ts";
import { jsonDifferences, type JsonDifference } from "../conformance/json-diff.ts";
import * as assert from "uvu/assert";
import { REPO, tempProject } from "../support/temp-project.ts";

/** What one round trip gave. */
export type RoundTrip =
  | { readonly imported: false; readonly error: string }
  | {
      readonly imported: true;
      readonly source: string;
      /** What the importer warned about (steps kept verbatim). */
      readonly warnings: readonly string[];
      readonly checkCode: number;
      readonly checkOutput: string;
      readonly buildCode: number;
      readonly buildOutput: string;
      /** Differences from the input not allowed for this case. */
      readonly unexpected: readonly JsonDifference[];
    };

const TSCONFIG = readFileSync(join(REPO, "packages/cli/templates/app/tsconfig.json"), "utf8");

/** Imports `text`, then checks and builds the result and compares it with `text`. */
export async function roundTrip(text: string, file: string): Promise<RoundTrip> {
  const imported = importDefinition(text, { file });
  if (!imported.ok) return { imported: false, error: imported.error };
  const project = tempProject("import", { "tsconfig.json": TSCONFIG, "pipeline.ts": imported.source });
  try {
    let log = "";
    const io = { out: (t: string) => (log += t + "\n"), err: (t: string) => (log += t + "\n"), isTTY: false, cwd: project.dir, env: process.env };
    const checkCode = await main(["check", "pipeline.ts"], io);
    const checkOutput = log;
    log = "";
    const buildCode = await main(["build", "pipeline.ts", "--out", "out"], io);
    const buildOutput = log;
    let unexpected: JsonDifference[] = [];
    if (buildCode === 0) {
      const ours = JSON.parse(readFileSync(project.path(`out/${imported.pipelineName}.json`), "utf8")) as unknown;
      // The import keeps every value as written, so no conformance allow-list entry applies:
      // any difference is unexpected.
      unexpected = jsonDifferences(ours, JSON.parse(text));
    }
    return { imported: true, source: imported.source, warnings: imported.warnings, checkCode, checkOutput, buildCode, buildOutput, unexpected };
  } finally {
    project.remove();
  }
}

/** Asserts a round trip that imported with no warning, then checked and built back with no difference. */
export function assertClean(r: RoundTrip): asserts r is Extract<RoundTrip, { imported: true }> {
  if (!r.imported) return assert.unreachable(r.error);
  assert.equal(r.warnings, []);
  assert.is(r.checkCode, 0, r.checkOutput);
  assert.is(r.buildCode, 0, r.buildOutput);
  assert.equal(r.unexpected, [], r.source);
}
