// `sagepipe import` then `sagepipe build` gives every conformance golden back: the generated
// file passes `check` (which type-checks it with `sagepipe init`'s tsconfig: strict, standard
// decorators) with no diagnostics but SP105, and `build` gives JSON equal to the golden, with no
// difference at all. Steps no importer writes exactly are kept verbatim (`verbatimStep`): each
// golden's list below must stay true, with a comment in the file and a warning naming the step.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { caseNames, SHARED } from "../conformance/harness.ts";
import { REPO } from "../support/temp-project.ts";
import { roundTrip } from "./round-trip.ts";

const CLARIFY = /ClarifyCheck steps have no importer yet \(the check's settings are in the analysis_config\.json its first input points at, not in the definition/;

/** Per golden, the steps kept verbatim and why (every other golden has none). */
const KEPT_VERBATIM: Readonly<Record<string, Readonly<Record<string, RegExp>>>> = {
  clarify_check_step: { DataBiasCheck: CLARIFY, ModelBiasCheck: CLARIFY, ModelExplainabilityCheck: CLARIFY },
};

const t = suite("sagepipe import: round trip of the conformance goldens");
const status: string[] = [];

t("the round trip's project is strict and uses standard decorators (sagepipe init's tsconfig)", () => {
  const options = (JSON.parse(readFileSync(join(REPO, "packages/cli/templates/app/tsconfig.json"), "utf8")) as { compilerOptions: Record<string, unknown> }).compilerOptions;
  assert.is(options.strict, true);
  assert.is(options.experimentalDecorators, undefined);
});

for (const name of caseNames()) {
  t(`${name}: import, check and build give the golden back`, async () => {
    const text = readFileSync(join(SHARED, "goldens", `${name}.json`), "utf8");
    const r = await roundTrip(text, `${name}.json`);
    assert.ok(r.imported, r.imported ? "" : r.error);
    if (!r.imported) return;
    assert.is(r.checkCode, 0, `check failed:\n${r.checkOutput}\n${r.source}`);
    // SP105 (a step on no path with any other) describes the definition itself: a golden whose
    // steps are independent gets it, and the import must not invent edges to silence it.
    const diagnostics = r.checkOutput.split("\n").filter((l) => /: (error|warning) /.test(l) && !/warning SP105:/.test(l));
    assert.equal(diagnostics, [], `check reported diagnostics:\n${r.checkOutput}`);
    assert.is(r.buildCode, 0, `build failed:\n${r.buildOutput}\n${r.source}`);
    const shown = r.unexpected.map((d) => `  ${d.pointer}\n    rebuilt: ${JSON.stringify(d.ours)}\n    golden:  ${JSON.stringify(d.theirs)}`).join("\n");
    assert.is(r.unexpected.length, 0, `differences from the golden:\n${shown}\n${r.source}`);

    // Steps kept verbatim: exactly the listed ones, each warned about (file:line:col, the step,
    // the reason) and commented above its method, which returns verbatimStep(...).
    const expected = Object.entries(KEPT_VERBATIM[name] ?? {});
    const kept = r.warnings.map((w) => /step (\S+) is kept verbatim/.exec(w)?.[1]);
    assert.equal(kept.sort(), expected.map(([step]) => step).sort(), `kept verbatim:\n${r.warnings.join("\n")}`);
    for (const [step, reason] of expected) {
      const warning = r.warnings.find((w) => w.includes(`step ${step} is kept verbatim`))!;
      assert.match(warning, new RegExp(`^${name}\\.json:\\d+:\\d+: step `));
      assert.match(warning, reason);
    }
    const comments = r.source.split("\n").filter((l) => /^\s*\/\/ Kept verbatim \(the definition's Arguments as written\): /.test(l));
    assert.is(comments.length, expected.length);
    assert.is((r.source.match(/verbatimStep\(/g) ?? []).length, expected.length);
    status.push(`  ${name}: yes${expected.length ? ` (${expected.length} step${expected.length > 1 ? "s" : ""} kept verbatim)` : ""}`);
  });
}

t.after(() => {
  const yes = status.filter((s) => s.includes(": yes")).length;
  console.log(`import round trip: ${yes}/${caseNames().length} goldens\n${status.sort().join("\n")}`);
});

t.run();
