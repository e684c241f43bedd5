import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { lookupImageUri, knownVersions, type Framework } from "./image-uri.ts";

// Cross-checks our compact tables against the SDK's own image tables in ../shared/image-uris.
const SHARED = new URL("../../../../../shared/image-uris/", import.meta.url).pathname;
const t = suite("image lookup");

interface Table { [scope: string]: { versions: Record<string, { registries: Record<string, string>; repository: string; processors?: string[]; py_versions?: string[] }> } }

for (const [framework, file] of [["xgboost", "xgboost.json"], ["sklearn", "sklearn.json"]] as const) {
  t(`${framework}: every training version and region agrees with the SDK's table`, () => {
    const table = JSON.parse(readFileSync(SHARED + file, "utf8")) as Table;
    let checked = 0;
    for (const [version, facts] of Object.entries(table.training!.versions)) {
      assert.ok(knownVersions(framework as Framework).includes(version), `${framework} ${version} missing from knownVersions`);
      for (const [region, account] of Object.entries(facts.registries)) {
        const suffix = facts.processors ? `-${facts.processors[0]}-${facts.py_versions![0]}` : "";
        const domain = region.startsWith("cn-") ? "amazonaws.com.cn" : region.startsWith("us-isob-") ? "sc2s.sgov.gov" : region.startsWith("us-iso-") ? "c2s.ic.gov" : "amazonaws.com";
        const expected = `${account}.dkr.ecr.${region}.${domain}/${facts.repository}:${version}${suffix}`;
        assert.is(lookupImageUri({ framework, version }, region), expected);
        checked++;
      }
    }
    assert.ok(checked > 100);
  });
}

t("the goldens' images", () => {
  assert.is(lookupImageUri({ framework: "xgboost", version: "1.0-1" }, "us-east-1"), "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.0-1-cpu-py3");
  assert.is(lookupImageUri({ framework: "xgboost", version: "1.7-1" }, "us-east-1"), "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1");
  assert.is(lookupImageUri({ framework: "sklearn", version: "1.2-1" }, "us-east-1"), "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3");
});

t("unknown versions and regions are errors that say what is known", () => {
  assert.throws(() => lookupImageUri({ framework: "sklearn", version: "9.9" }, "us-east-1"), /Known versions: 0\.20\.0, 0\.23-1/);
  assert.throws(() => lookupImageUri({ framework: "sklearn", version: "1.2-1" }, "mars-north-1"), /not published in region 'mars-north-1'/);
});

t.run();
