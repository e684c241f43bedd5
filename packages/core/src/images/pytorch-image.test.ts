import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { ecrDomain } from "./ecr-domain.ts";
import { processorOf, pytorchImageUri, pytorchVersions, type ImageScope } from "./pytorch-image.ts";

// Cross-checks our compact PyTorch facts against the SDK's own table in ../shared/image-uris.
const SHARED = new URL("../../../../../shared/image-uris/", import.meta.url).pathname;
const t = suite("PyTorch image lookup");

interface ScopeTable {
  version_aliases: Record<string, string>;
  versions: Record<string, { registries: Record<string, string>; repository: string; py_versions: string[] }>;
}
const table = JSON.parse(readFileSync(SHARED + "pytorch.json", "utf8")) as Record<ImageScope, ScopeTable>;
const REGIONS = ["us-east-1", "eu-west-1", "cn-north-1", "us-iso-east-1", "us-isof-south-1", "ap-southeast-7", "mars-north-1"];

for (const scope of ["inference", "training"] as const) {
  t(`${scope}: every version, Python version and region agrees with the SDK's table`, () => {
    let checked = 0;
    for (const [version, facts] of Object.entries(table[scope].versions)) {
      if (facts.repository.startsWith("sagemaker-")) continue; // 0.4-1.1: not supported
      assert.ok(pytorchVersions(scope).includes(version), `${version} missing`);
      for (const py of facts.py_versions) {
        for (const [region, account] of Object.entries(facts.registries)) {
          const expected = `${account}.dkr.ecr.${region}.${ecrDomain(region)}/${facts.repository}:${version}-cpu-${py}`;
          assert.is(pytorchImageUri({ version, pyVersion: py, scope }, region), expected);
          checked++;
        }
        for (const region of REGIONS.filter((r) => !(r in facts.registries))) {
          assert.throws(() => pytorchImageUri({ version, pyVersion: py, scope }, region), /not published in region/, `${version} ${region}`);
        }
      }
    }
    assert.ok(checked > 1000);
  });

  t(`${scope}: every "major.minor" alias stands for the SDK's full version`, () => {
    for (const [alias, full] of Object.entries(table[scope].version_aliases)) {
      if (table[scope].versions[full]!.repository.startsWith("sagemaker-")) continue;
      const py = table[scope].versions[full]!.py_versions.at(-1)!;
      const viaAlias = pytorchImageUri({ version: alias, pyVersion: py, scope }, "us-east-1");
      assert.ok(viaAlias.endsWith(`/pytorch-${scope}:${alias}-cpu-${py}`), viaAlias);
      assert.not.throws(() => pytorchImageUri({ version: full, pyVersion: py, scope }, "us-east-1"));
    }
  });
}

t("the model_step golden's image, with the Python version defaulted", () => {
  assert.is(pytorchImageUri({ version: "2.1", instanceType: "ml.m5.xlarge" }, "us-east-1"), "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.1-cpu-py310");
});

t("gpu instance families choose the gpu image", () => {
  assert.is(processorOf("ml.g5.xlarge"), "gpu");
  assert.is(processorOf("ml.p3.2xlarge"), "gpu");
  assert.is(processorOf("ml.c5.xlarge"), "cpu");
  assert.is(processorOf(undefined), "cpu");
  assert.ok(pytorchImageUri({ version: "2.1", instanceType: "ml.g5.xlarge", scope: "training" }, "us-west-2").endsWith("/pytorch-training:2.1-gpu-py310"));
});

t("mistakes are errors that say what is known", () => {
  assert.throws(() => pytorchImageUri({ version: "9.9" }, "us-east-1"), /No PyTorch inference image for version '9.9'. Known versions: 1\.2\.0/);
  assert.throws(() => pytorchImageUri({ version: "2.7" }, "us-east-1"), /No PyTorch inference image/);
  assert.throws(() => pytorchImageUri({ version: "1.8" }, "us-east-1"), /needs pyVersion, one of py3, py36/);
  assert.throws(() => pytorchImageUri({ version: "2.1", pyVersion: "py27" }, "us-east-1"), /one of py310 \(got 'py27'\)/);
  assert.throws(() => processorOf("m5.large"), /not an instance type/);
});

t.run();
