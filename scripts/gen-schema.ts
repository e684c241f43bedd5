// Regenerates packages/validate/src/schema/* from the installed @aws-sdk/client-sagemaker:
// the pipeline definition JSON Schema (step Arguments derived from the SDK's request types with
// ts-morph), its compiled ajv validator, and the step property trees (from Describe* responses).
//   tsx scripts/gen-schema.ts           write the files
//   tsx scripts/gen-schema.ts --check   exit 1 if a checked-in file is out of date
import { relative } from "node:path";
import { generateFiles, staleFiles, writeFiles } from "../packages/validate/src/schema-gen/generate.ts";

const root = new URL("..", import.meta.url).pathname;
const check = process.argv.includes("--check");
const files = generateFiles();
const stale = staleFiles(files);
const names = stale.map((file) => relative(root, file.path));
if (check) {
  if (stale.length) {
    console.error(`gen-schema: out of date: ${names.join(", ")}\nRun \`tsx scripts/gen-schema.ts\` and commit the result.`);
    process.exitCode = 1;
  } else console.log("gen-schema: generated files are up to date.");
} else {
  writeFiles(stale);
  console.log(stale.length ? `gen-schema: wrote ${names.join(", ")}` : "gen-schema: nothing to change.");
}
