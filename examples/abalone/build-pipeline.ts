// Builds the Abalone definition: `tsx build-pipeline.ts` writes out/AbalonePipeline.json and
// the staged code assets. The same compiler as `sagepipe build pipeline.ts --out out`.
import { buildPipelines, formatDiagnostics } from "@sagepipe/compiler";

const here = new URL(".", import.meta.url).pathname;
const result = await buildPipelines(`${here}pipeline.ts`, { outDir: `${here}out` });
if (result.diagnostics.length) console.error(formatDiagnostics(result.diagnostics, { color: Boolean(process.stderr.isTTY) }));
for (const p of result.pipelines) console.log(`built ${p.name} -> out/${p.name}.json (${p.assets.length} assets)`);
process.exitCode = result.ok ? 0 : 1;
