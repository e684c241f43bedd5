// The checked-in schema, compiled validator and property trees are exactly what
// scripts/gen-schema.ts produces from the installed @aws-sdk/client-sagemaker.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { AWS_TYPES_DIR, generateFiles, staleFiles, writeFiles } from "./generate.ts";

const t = suite("gen-schema");
const files = generateFiles();

t("regenerating gives the checked-in bytes", () => {
  const stale = staleFiles(files).map((f) => f.path);
  assert.equal(stale, [], "run `tsx scripts/gen-schema.ts` and commit the result");
});

t("core's aws-types folder holds exactly the generated modules (none left from an older grouping)", () => {
  const onDisk = readdirSync(AWS_TYPES_DIR, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  assert.equal(onDisk, files.map((f) => f.path).filter((p) => p.startsWith(AWS_TYPES_DIR)).sort());
});

t("each generated aws-types module stays under 400 lines", () => {
  for (const f of files.filter((f) => f.path.startsWith(AWS_TYPES_DIR))) {
    const lines = f.contents.split("\n").length;
    assert.ok(lines < 400, `${f.path} has ${lines} lines`);
  }
});

t("derives Arguments from the SDK's request shapes, with job names optional", () => {
  const schema = JSON.parse(files.find((f) => f.path.endsWith("definition.schema.json"))?.contents ?? "{}");
  const processing = schema.$defs["Args.Processing"];
  assert.is(processing.title, "CreateProcessingJob request");
  assert.equal(processing.required, ["ProcessingResources", "AppSpecification", "RoleArn"]);
  assert.equal(processing.properties.ProcessingJobName, { $ref: "#/$defs/Value.String" });
  assert.is(processing.additionalProperties, false);
  assert.equal(schema.$defs.ProcessingS3DataType.else.enum, ["ManifestFile", "S3Prefix"]);
  assert.equal(schema.$defs.Step.discriminator, { propertyName: "Type" });
});

t("writes each file atomically and only where asked", () => {
  const dir = mkdtempSync(join(tmpdir(), "gen-schema-"));
  try {
    const target = { path: join(dir, "nested", "x.json"), contents: "{}\n" };
    writeFiles([target]);
    assert.is(readFileSync(target.path, "utf8"), "{}\n");
    assert.equal(staleFiles([target]), []);
    assert.equal(staleFiles([{ ...target, contents: "[]\n" }]).length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

t.run();
