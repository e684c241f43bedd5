import type { PipelineFact } from "../extract/facts.ts";
import { stepName } from "../checks/check.ts";
import { buildStaticGraph } from "./static-graph.ts";

const LABEL: Record<string, string> = { data: "", dependsOn: "dependsOn", branch: "" };

/** The first branch ("if"/"else") each condition lists each step in, by `from -> to`. */
function branchLabels(p: PipelineFact): Map<string, string> {
  const labels = new Map<string, string>();
  for (const r of p.references) {
    const key = `${r.from}\u0000${r.to}`;
    if (r.kind === "branch" && !labels.has(key)) labels.set(key, r.branch ?? "");
  }
  return labels;
}

/** The static graph as a Mermaid flowchart (no evaluation). */
export function toMermaid(p: PipelineFact): string {
  const g = buildStaticGraph(p);
  const id = (m: string) => `s_${m.replace(/[^A-Za-z0-9_]/g, "_")}`;
  const labels = branchLabels(p);
  const lines = ["flowchart TD"];
  for (const s of g.steps) lines.push(`  ${id(s.method)}["${stepName(s)}<br/><small>${s.decorator}</small>"]`);
  for (const e of g.edges) {
    const label = e.kind === "branch" ? labels.get(`${e.from}\u0000${e.to}`) ?? "" : LABEL[e.kind];
    const arrow = e.kind === "branch" ? "-.->" : e.kind === "dependsOn" ? "==>" : "-->";
    lines.push(`  ${id(e.from)} ${arrow}${label ? `|${label}|` : ""} ${id(e.to)}`);
  }
  return lines.join("\n") + "\n";
}

/** The static graph in Graphviz dot (no evaluation). */
export function toDot(p: PipelineFact): string {
  const g = buildStaticGraph(p);
  const q = (s: string) => JSON.stringify(s);
  const lines = [`digraph ${q(p.name?.value ?? p.className)} {`, "  rankdir=TB;", "  node [shape=box];"];
  for (const s of g.steps) lines.push(`  ${q(s.method)} [label=${q(`${stepName(s)}\n${s.decorator}`)}];`);
  for (const e of g.edges) {
    const style = e.kind === "branch" ? " [style=dashed]" : e.kind === "dependsOn" ? ' [style=bold, label="dependsOn"]' : "";
    lines.push(`  ${q(e.from)} -> ${q(e.to)}${style};`);
  }
  lines.push("}");
  return lines.join("\n") + "\n";
}
