// The plugin never throws on half-typed code: every check, quick fix and hover on truncated
// prefixes of the example pipelines, in-process (unguarded, so an exception fails the test)
// and through tsserver (where the plugin would log it).
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { ts } from "ts-morph";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { FIXES } from "./fixes/index.ts";
import { ProgramChecks } from "./program-checks.ts";
import { stepAt, stepHoverText } from "./step-hover.ts";
import { fixtureProject } from "./testing/fixture-project.ts";
import { TEMPLATE_PIPELINE } from "./testing/template-pipeline.ts";
import { TsServer, TYPESCRIPTS } from "./testing/tsserver-client.ts";
import { spanRange, toTsDiagnostic } from "./ts-diagnostics.ts";

const require = createRequire(import.meta.url);
const EXAMPLES: Record<string, string> = {
  abalone: readFileSync(fileURLToPath(new URL("../../../examples/abalone/pipeline.ts", import.meta.url)), "utf8"),
  "init template": TEMPLATE_PIPELINE,
};
const SEED = 14;

/** Everything the plugin does with one text, as the language service would ask it. */
function exercise(api: typeof ts, text: string): number {
  // Beside the example (a package.json of type module, @sagepipe/core installed), never written.
  const fileName = fileURLToPath(new URL("../../../examples/abalone/half-typed.ts", import.meta.url));
  const sf = api.createSourceFile(fileName, text, api.ScriptTarget.Latest, true, api.ScriptKind.TS);
  const program = { getSourceFiles: () => [sf], getSourceFile: (p: string) => (p === fileName ? sf : undefined) } as unknown as ts.Program;
  const reading = new ProgramChecks(api).reading(program, fileName);
  let found = 0;
  for (const { check } of reading) {
    for (const d of check.diagnostics) {
      found++;
      toTsDiagnostic(api, d, sf, program);
      const at = spanRange(d.span, sf);
      if (at) FIXES[d.code]?.({ api, sf, diagnostic: d, check, start: at.start });
    }
  }
  for (let position = 0; position <= text.length; position += 40) {
    const hit = stepAt(reading, position);
    if (hit) stepHoverText(hit.pipeline, hit.step);
  }
  return found;
}

const t = suite("ts-plugin on half-typed code");

for (const typescript of TYPESCRIPTS) {
  const api = require(typescript) as typeof ts;
  for (const [name, text] of Object.entries(EXAMPLES)) {
    t(`${typescript}: checks, quick fixes and hovers on prefixes of ${name} never throw`, () => {
      let diagnostics = 0;
      fc.assert(fc.property(fc.integer({ min: 0, max: text.length }), (n) => void (diagnostics += exercise(api, text.slice(0, n)))), { seed: SEED, numRuns: 250 });
      assert.ok(diagnostics > 0, "some prefixes have findings, so fixes and spans were exercised");
      assert.is(exercise(api, text), 0, "the whole example has no findings");
    });
  }
}

for (const typescript of TYPESCRIPTS) {
  t(`${typescript}: tsserver, prefixes typed into an open file: answers every request, the plugin logs no failure`, async () => {
    const project = fixtureProject({ "pipeline.ts": "" });
    const server = TsServer.start(typescript, project.dir, project.dir);
    const file = project.file("pipeline.ts");
    try {
      server.open(file, "");
      let current = "";
      const lengths = fc.sample(fc.integer({ min: 0, max: EXAMPLES.abalone!.length }), { seed: SEED, numRuns: 15 });
      for (const n of lengths) {
        const next = EXAMPLES.abalone!.slice(0, n);
        server.replaceText(file, current, next);
        current = next;
        const diagnostics = await server.request<{ code: number; source?: string; start: { line: number; offset: number }; end: { line: number; offset: number } }[]>("semanticDiagnosticsSync", { file });
        for (const d of diagnostics.filter((x) => x.source === "sagepipe")) {
          await server.request("getCodeFixes", { file, startLine: d.start.line, startOffset: d.start.offset, endLine: d.end.line, endOffset: d.end.offset, errorCodes: [d.code] });
        }
        const lines = next.split("\n");
        await server.request("quickinfo", { file, line: Math.max(1, lines.length - 1), offset: 3 }).catch(() => undefined);
      }
      assert.match(server.log(), "sagepipe: plugin loaded");
      assert.not.match(server.log(), /sagepipe: \w[\w ]* failed/);
    } finally {
      await server.close();
      project.remove();
    }
  });
}

t.run();
