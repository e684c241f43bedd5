// Every definition the real SageMaker Python SDK produced (../shared/conformance/goldens) is valid.
import { readdirSync, readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { formatIssues, validateDefinition } from "./index.ts";

const GOLDENS = new URL("../../../../shared/conformance/goldens/", import.meta.url);
const t = suite("validateDefinition accepts the SDK's goldens");

const files = readdirSync(GOLDENS).filter((f) => f.endsWith(".json")).sort();

t("finds all 32 goldens", () => {
  assert.is(files.length, 32);
});

for (const file of files) {
  t(`accepts ${file}`, () => {
    const definition: unknown = JSON.parse(readFileSync(new URL(file, GOLDENS), "utf8"));
    const issues = validateDefinition(definition);
    assert.equal(issues, [], formatIssues(issues, file));
  });
}

t.run();
