import { existsSync } from "node:fs";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { allowList, caseNames, HERE, runCase } from "./harness.ts";

const t = suite("conformance with the SageMaker Python SDK");
const names = caseNames();
const written = names.filter((n) => existsSync(join(HERE, `${n}.ts`)));
let equal = 0;

for (const name of written) {
  t(`${name}: sagepipe build equals goldens/${name}.json (allow-listed differences only)`, async () => {
    const o = await runCase(name);
    assert.ok(o.built, `build failed:\n${o.buildOutput}`);
    const shown = o.unexpected.map((d) => `  ${d.pointer}\n    ours:   ${JSON.stringify(d.ours)}\n    theirs: ${JSON.stringify(d.theirs)}`).join("\n");
    assert.is(o.unexpected.length, 0, `differences not on the allow-list:\n${shown}`);
    assert.is(o.stale.length, 0, `allow-list entries that match no difference: ${o.stale.map((e) => e.pointer).join(", ")}`);
    equal++;
  });
}

t("every allow-list entry names a case and gives a reason", () => {
  for (const e of allowList()) {
    assert.ok(names.includes(e.case), `unknown case ${e.case}`);
    assert.ok(e.reason.length > 20, `entry ${e.case} ${e.pointer} needs a reason`);
  }
});

t("every golden of ../shared has its sagepipe version", () => {
  const missing = names.filter((n) => !written.includes(n));
  assert.equal(missing, [], `write test/conformance/<case>.ts for: ${missing.join(", ")}`);
  assert.ok(names.length >= 32, `expected the 32 goldens of ../shared/conformance, found ${names.length}`);
});

t.after(() => {
  console.log(`conformance: ${equal}/${names.length} cases equal to the SDK's goldens (${written.length} written)`);
});

t.run();
