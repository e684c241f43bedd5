// Round trip of generated definitions: random pipelines (the generator of the 2,000-DAG property
// test: processing steps reading each other's outputs, conditions with branches, fail steps,
// dependsOn, parameters) are evaluated into definitions, imported, then checked and built
// again as a user would (strict tsconfig, standard decorators): the rebuilt JSON equals the
// generated one, with no difference at all. Each round trip type-checks and builds a file, so
// the count stays small for CI; SAGEPIPE_FC_SEED and SAGEPIPE_FC_RUNS pick others.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluatePipeline } from "@sagepipe/core";
import { serializeDefinition } from "@sagepipe/compiler";
import fc from "fast-check";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { dagModel, largeDagModel } from "../properties/random-dag.ts";
import { pipelineClass } from "../properties/random-dag-class.ts";
import { roundTrip } from "./round-trip.ts";

const SEED = process.env.SAGEPIPE_FC_SEED ? Number(process.env.SAGEPIPE_FC_SEED) : 20261205;
const RUNS = process.env.SAGEPIPE_FC_RUNS ? Number(process.env.SAGEPIPE_FC_RUNS) : 12;

const t = suite("sagepipe import: round trip of random definitions");
const dir = mkdtempSync(join(tmpdir(), "sagepipe-import-random-"));
mkdirSync(join(dir, "code"));
writeFileSync(join(dir, "code/run.py"), "print('run')\n");
process.env.SAGEPIPE_GENERATED_DIR = join(dir, "generated");
t.after(() => rmSync(dir, { recursive: true, force: true }));

// A few large pipelines (up to 50 steps) and more small ones, from one seed.
const models = [...fc.sample(largeDagModel, { numRuns: Math.max(1, Math.floor(RUNS / 4)), seed: SEED }), ...fc.sample(dagModel, { numRuns: RUNS - Math.max(1, Math.floor(RUNS / 4)), seed: SEED + 1 })];

t(`${models.length} random definitions import, check and build back equal (seed ${SEED})`, async () => {
  let steps = 0;
  let conditions = 0;
  let dependsOn = 0;
  for (const [i, m] of models.entries()) {
    const text = serializeDefinition(evaluatePipeline(pipelineClass(m), { sourceDir: dir }).definition);
    const r = await roundTrip(text, `random-${i}.json`);
    assert.ok(r.imported, r.imported ? "" : `${r.error}\n${text}`);
    if (!r.imported) return;
    assert.equal(r.warnings, [], "nothing is kept verbatim: sagepipe wrote these definitions");
    assert.is(r.checkCode, 0, `check failed:\n${r.checkOutput}\n${r.source}`);
    const diagnostics = r.checkOutput.split("\n").filter((l) => /: (error|warning) /.test(l) && !/warning SP105:/.test(l));
    assert.equal(diagnostics, [], `check reported diagnostics:\n${r.checkOutput}\n${r.source}`);
    assert.is(r.buildCode, 0, `build failed:\n${r.buildOutput}\n${r.source}`);
    const shown = r.unexpected.map((d) => `  ${d.pointer}\n    rebuilt: ${JSON.stringify(d.ours)}\n    generated: ${JSON.stringify(d.theirs)}`).join("\n");
    assert.is(r.unexpected.length, 0, `differences:\n${shown}\n${r.source}`);
    steps += m.processing.length + m.fails.length + m.conditions.length;
    if (m.conditions.length) conditions++;
    if (m.processing.some((s) => s.dependsOn.length)) dependsOn++;
  }
  // The sample reaches what the round trip is about (these hold for the fixed seed).
  assert.ok(steps / models.length > 5, `${(steps / models.length).toFixed(1)} steps on average`);
  assert.ok(conditions > 0 && dependsOn > 0, `${conditions} with conditions, ${dependsOn} with dependsOn`);
});

t.run();
