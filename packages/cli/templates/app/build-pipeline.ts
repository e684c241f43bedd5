// Builds the pipeline definition: `npm run build` (or `npx tsx build-pipeline.ts`) writes
// out/<PipelineName>.json, <PipelineName>.assets.json and the staged code under out/assets/.
// The same as `npx sagepipe build pipeline.ts --out out`.
import { main } from "sagepipe";

const here = (file: string) => new URL(file, import.meta.url).pathname;
process.exitCode = await main(["build", here("pipeline.ts"), "--out", here("out")]);
