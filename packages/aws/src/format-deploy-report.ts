import { formatBytes } from "./definition-placement.ts";
import type { DeployReport } from "./deploy.ts";
import type { PipelineField } from "./deploy-plan.ts";

const FIELD_NAMES: Record<PipelineField, string> = {
  definition: "definition",
  roleArn: "role",
  description: "description",
  displayName: "display name",
  parallelism: "parallelism",
};

function headline(r: DeployReport): string {
  const would = r.dryRun ? "would " : "";
  const fields = r.changedFields.map((f) => FIELD_NAMES[f]).join(", ");
  const tagsOnly = Object.keys(r.tagsSet).length > 0;
  switch (r.action) {
    case "create":
      return `${r.pipelineName}: ${r.dryRun ? "would create" : "created"} the pipeline${r.pipelineArn ? ` (${r.pipelineArn})` : ""}`;
    case "update":
      return `${r.pipelineName}: ${r.dryRun ? "would update" : "updated"} ${fields}${r.pipelineArn ? ` (${r.pipelineArn})` : ""}`;
    case "none":
      return tagsOnly
        ? `${r.pipelineName}: pipeline unchanged; ${would}set tags only`
        : `${r.pipelineName}: no change (definition and settings match the live pipeline)`;
  }
}

function assetLine(r: DeployReport): string | undefined {
  if (!r.assets.length) return undefined;
  const count = (s: string) => r.assets.filter((a) => a.status === s).length;
  const parts: string[] = [];
  if (count("uploaded")) parts.push(`${count("uploaded")} uploaded`);
  if (count("missing")) parts.push(`${count("missing")} to upload`);
  if (count("changed")) parts.push(`${count("changed")} changed, to upload`);
  if (count("present")) parts.push(`${count("present")} already in S3`);
  return `  assets: ${parts.join(", ")}`;
}

/** The lines `sagepipe deploy` prints for one pipeline: what changed (or would), assets, definition, tags. */
export function formatDeployReport(r: DeployReport): string[] {
  const lines = [headline(r)];
  const assets = assetLine(r);
  if (assets) lines.push(assets);
  for (const a of r.assets) {
    if (a.status !== "present") lines.push(`    ${a.status === "uploaded" ? "uploaded" : "would upload"} ${a.localPath} -> ${a.s3Uri} (${formatBytes(a.bytes)})`);
  }
  for (const f of r.lambdaFunctions ?? []) {
    const did = f.action === "create" ? "created" : f.action === "update" ? "updated the code of" : "would create or update";
    lines.push(`  lambda: ${did} ${f.functionName} (${f.functionArn})`);
  }
  if (r.definition) {
    lines.push(
      r.definition.placement === "s3"
        ? `  definition: ${formatBytes(r.definition.bytes)}, over the 1 MB inline limit; ${r.dryRun ? "would go" : "sent"} through ${r.definition.s3Uri}`
        : `  definition: ${formatBytes(r.definition.bytes)} inline`,
    );
  }
  const tags = Object.entries(r.tagsSet);
  if (tags.length) lines.push(`  tags: ${r.dryRun ? "would set" : "set"} ${tags.map(([k, v]) => `${k}=${v}`).join(", ")}`);
  return lines;
}
