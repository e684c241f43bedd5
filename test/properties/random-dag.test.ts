// Property-based tests over random DAG-shaped pipelines: the graph read from the source equals
// the graph seen by running the class, every injected cycle is reported, builds are byte-stable.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { evaluatePipeline } from "@sagepipe/core";
import { buildPipelines, buildStaticGraph, checkEntry, checkPipeline, extractProgram } from "@sagepipe/compiler";
import fc from "fast-check";
import { tsImport } from "tsx/esm/api";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { tempProject } from "../support/temp-project.ts";
import { dagModel, edgeStrings, modelEdges, pipelineSource, reachable, type DagModel } from "./random-dag.ts";

const t = suite("random DAG-shaped pipelines");
const project = tempProject("random-dag");
const seed = process.env.SAGEPIPE_FC_SEED ? Number(process.env.SAGEPIPE_FC_SEED) : undefined;
const params = (numRuns: number) => ({ numRuns, ...(seed !== undefined ? { seed } : {}) });
let cases = 0;

/** Writes the model's pipeline (and the code file s0 uploads) into a fresh folder; returns the entry. */
function writePipeline(m: DagModel, folder = `case-${++cases}`): string {
  project.write({ [`${folder}/pipeline.ts`]: pipelineSource(m), [`${folder}/code/run.py`]: "print('run')\n" });
  return project.path(`${folder}/pipeline.ts`);
}

/** Every file under `dir`, relative path -> bytes. */
function filesUnder(dir: string, root = dir, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, root, out);
    else out.set(relative(root, path), readFileSync(path, "latin1"));
  }
  return out;
}

t.after(() => project.remove());

t("the static graph equals the evaluated graph and the model's edges", async () => {
  await fc.assert(
    fc.asyncProperty(dagModel, async (m) => {
      const entry = writePipeline(m);
      const checked = checkEntry(entry);
      assert.equal(checked.diagnostics.filter((d) => d.severity === "error"), [], "a valid pipeline has no errors");
      const pipeline = checked.facts.pipelines[0]!;
      const staticEdges = edgeStrings(buildStaticGraph(pipeline).edges);
      const mod = (await tsImport(pathToFileURL(entry).href, import.meta.url)) as { Generated: new () => object };
      const evaluated = evaluatePipeline(mod.Generated, { sourceDir: dirname(entry) });
      assert.equal(staticEdges, modelEdges(m), "static graph = the model");
      assert.equal(edgeStrings(evaluated.edges), staticEdges, "evaluated graph = static graph");
    }),
    params(25),
  );
});

/** A model and a reference to add to one processing step that closes a cycle through it. */
const withBackReference = fc.tuple(dagModel, fc.nat(), fc.nat()).map(([m, i, j]) => {
  const into = m.processing[i % m.processing.length]!.method;
  const downstream = reachable(m, into);
  return { m, into, uses: downstream[j % downstream.length]! };
});

t("an injected back-reference is reported as SP101 naming the cycle", () => {
  fc.assert(
    fc.property(withBackReference, ({ m, into, uses }) => {
      const entry = project.path("in-memory/pipeline.ts");
      const facts = extractProgram(entry, (path) => (path === entry ? pipelineSource(m, { into, uses }) : undefined));
      const cycles = checkPipeline(facts.pipelines[0]!).filter((d) => d.code === "SP101");
      assert.ok(cycles.length >= 1, `SP101 for ${into}() using ${uses}()`);
      const edges = new Set([...modelEdges(m), `${uses} -> ${into} (data)`].map((e) => e.replace(/ \((data|dependsOn|branch)\)$/, "")));
      for (const d of cycles) {
        const steps = /Steps form a cycle: (.*)\.$/.exec(d.message)?.[1]?.split(" -> ").map((s) => s.replace(/\(\)$/, "")) ?? [];
        assert.ok(steps.length >= 2 && steps[0] === steps[steps.length - 1], `a closed cycle: ${d.message}`);
        const pairs = steps.slice(1).map((s, k) => `${steps[k]} -> ${s}`);
        assert.ok(pairs.includes(`${uses} -> ${into}`), `the cycle goes through the injected reference: ${d.message}`);
        for (const pair of pairs) assert.ok(edges.has(pair), `${pair} is an edge of the pipeline`);
        assert.is(d.related?.length, pairs.length, "a note for every reference on the cycle");
        assert.ok(d.related!.every((r) => r.span.file === entry && r.span.line > 0), "every note has a location");
      }
    }),
    params(100),
  );
});

t("two builds of one pipeline give byte-identical files", async () => {
  await fc.assert(
    fc.asyncProperty(dagModel, async (m) => {
      const n = ++cases;
      const first = await buildPipelines(writePipeline(m, `case-${n}-a`), { outDir: project.path(`out-${n}-a`) });
      const second = await buildPipelines(writePipeline(m, `case-${n}-b`), { outDir: project.path(`out-${n}-b`) });
      assert.ok(first.ok && second.ok, "both builds succeed");
      const a = filesUnder(project.path(`out-${n}-a`));
      const b = filesUnder(project.path(`out-${n}-b`));
      assert.equal([...a.keys()], [...b.keys()], "the same files");
      assert.ok(a.has("Generated.json") && a.has("Generated.assets.json"), "the definition and the asset manifest");
      for (const [file, bytes] of a) assert.ok(bytes === b.get(file), `${file} is byte-identical`);
    }),
    params(8),
  );
});

t.run();
