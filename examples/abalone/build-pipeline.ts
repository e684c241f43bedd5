// Builds the Abalone definition: `tsx build-pipeline.ts` writes out/AbalonePipeline.json and
// the staged code assets, the same as `sagepipe build pipeline.ts --out out`. When nothing the
// build reads has changed since the last build, its result stands and nothing is redone.
import { main } from "sagepipe";

const here = (file: string) => new URL(file, import.meta.url).pathname;
process.exitCode = await main(["build", here("pipeline.ts"), "--out", here("out")]);
