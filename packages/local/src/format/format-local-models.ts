import type { LocalModels } from "../list-local-models.ts";
import { isJsonObject, type Json } from "../definition/definition-types.ts";

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map((r) => "  " + r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join("  "));
}

function firstModelData(args: Json): string {
  const spec = isJsonObject(args) ? args.InferenceSpecification : undefined;
  const containers = isJsonObject(spec ?? null) ? (spec as { Containers?: Json }).Containers : undefined;
  const first = Array.isArray(containers) ? (containers as readonly Json[])[0] : undefined;
  const primary = isJsonObject(args) ? args.PrimaryContainer : undefined;
  const container = first ?? primary;
  const url = isJsonObject(container ?? null) ? (container as { ModelDataUrl?: Json }).ModelDataUrl : undefined;
  return typeof url === "string" ? url : "-";
}

/** The local registry as text: model packages by group and version, then models. */
export function formatLocalModels(found: LocalModels, registryPath: string): string {
  if (!found.packages.length && !found.models.length) {
    return `The local registry (${registryPath}) is empty: run a pipeline with model steps using sagepipe run --local.`;
  }
  const lines: string[] = [];
  if (found.packages.length) {
    lines.push(`Model packages (${registryPath}):`);
    lines.push(
      ...table([
        ["GROUP", "VERSION", "APPROVAL", "CREATED", "RUN", "MODEL DATA"],
        ...found.packages.map((p) => [p.ModelPackageGroupName, String(p.ModelPackageVersion), p.ModelApprovalStatus, p.CreationTime, p.RunId, firstModelData(p.Arguments)]),
      ]),
    );
  }
  if (found.models.length) {
    if (lines.length) lines.push("");
    lines.push(`Models (${registryPath}):`);
    lines.push(...table([["NAME", "CREATED", "RUN", "MODEL DATA"], ...found.models.map((m) => [m.ModelName, m.CreationTime, m.RunId, firstModelData(m.Arguments)])]));
  }
  return lines.join("\n");
}
