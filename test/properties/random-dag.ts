// Random DAG-shaped pipelines for property-based tests: a model (steps and the edges they
// must produce), a fast-check generator for it, and the pipeline source it stands for.
import fc from "fast-check";

/** One edge the pipeline must have, by method: `from` runs before `to` (or holds it in a branch). */
export interface ModelEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: "data" | "dependsOn" | "branch";
}

/** A condition step: reads one top-level step's output and holds fail steps (and maybe a processing sink) in its branches. */
interface ConditionModel {
  readonly method: string;
  readonly reads: string;
  /** A parameter field the output is compared with (else a literal). */
  readonly against?: string;
  readonly ifSteps: readonly string[];
  readonly elseSteps: readonly string[];
}

/** A fail step in a branch, its message maybe joined with a top-level step's output. */
interface FailModel {
  readonly method: string;
  readonly reads?: string;
}

/** A String parameter (field p<k>, name P<k>) and the processing step that passes it as an argument. */
export interface ParameterModel {
  readonly field: string;
  readonly name: string;
  readonly usedBy: string;
}

/** A random pipeline: processing steps s0..sN-1 (each may use earlier ones), conditions, fail steps, parameters. */
export interface DagModel {
  readonly processing: readonly { readonly method: string; readonly data: readonly string[]; readonly dependsOn: readonly string[] }[];
  readonly parameters: readonly ParameterModel[];
  readonly conditions: readonly ConditionModel[];
  readonly fails: readonly FailModel[];
  /** Order the methods are declared in the class. */
  readonly order: readonly string[];
}

const upTo = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Raw random choices; `toModel` turns them into a valid pipeline. */
interface RawDag {
  /** Per processing step i: indices (< i) of the steps whose outputs it reads, and that it depends on. */
  readonly data: readonly (readonly number[])[];
  readonly dependsOn: readonly (readonly number[])[];
  readonly conditions: readonly { reads: number; ifFails: number; elseFails: number; failReads: readonly (number | null)[]; takeSink: boolean; againstParameter: boolean }[];
  readonly parameters: readonly number[];
  readonly shuffle: readonly number[];
}

/** How big a random pipeline may be. */
export interface DagSize {
  readonly maxProcessing: number;
  readonly maxConditions: number;
  /** Fail steps per branch, at most. */
  readonly maxFails: number;
  /** Data inputs per processing step, at most (CreateProcessingJob takes 10, the code included). */
  readonly maxInputs: number;
}

const rawDagOf = (size: DagSize): fc.Arbitrary<RawDag> => fc.integer({ min: 2, max: size.maxProcessing }).chain((n) =>
  fc.record({
    data: fc.tuple(...upTo(n).map((i) => fc.subarray(upTo(i), { maxLength: Math.min(i, size.maxInputs) }))),
    dependsOn: fc.tuple(...upTo(n).map((i) => fc.subarray(upTo(i), { maxLength: Math.min(2, i) }))),
    conditions: fc.array(
      fc.record({ reads: fc.nat(), ifFails: fc.integer({ min: 0, max: size.maxFails }), elseFails: fc.integer({ min: 0, max: size.maxFails }), failReads: fc.array(fc.option(fc.nat()), { minLength: 4, maxLength: 4 }), takeSink: fc.boolean(), againstParameter: fc.boolean() }),
      { maxLength: size.maxConditions },
    ),
    parameters: fc.array(fc.nat(), { maxLength: 3 }),
    shuffle: fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
  }),
);

function toModel(raw: RawDag): DagModel {
  const processing = raw.data.map((data, i) => ({
    method: `s${i}`,
    data: data.map((d) => `s${d}`),
    dependsOn: raw.dependsOn[i]!.map((d) => `s${d}`),
  }));
  const used = new Set(processing.flatMap((s) => [...s.data, ...s.dependsOn]));
  const sinks = processing.map((s) => s.method).filter((m) => !used.has(m));
  const inBranch = new Set<string>();
  const conditions: ConditionModel[] = [];
  const fails: FailModel[] = [];
  raw.conditions.forEach((c, k) => {
    const sink = c.takeSink && sinks.length > 1 ? sinks.shift() : undefined;
    if (sink) inBranch.add(sink);
    conditions.push({ method: `c${k}`, reads: "", ifSteps: sink ? [sink] : [], elseSteps: [], ...(c.againstParameter && raw.parameters.length ? { against: "p0" } : {}) });
  });
  const topLevel = processing.map((s) => s.method).filter((m) => !inBranch.has(m));
  const pick = (i: number) => topLevel[i % topLevel.length]!;
  raw.conditions.forEach((c, k) => {
    const made = (count: number, branch: string) =>
      upTo(count).map((j) => {
        const reads = c.failReads[fails.length % 4];
        const fail: FailModel = { method: `c${k}${branch}${j}`, ...(reads !== null && reads !== undefined ? { reads: pick(reads) } : {}) };
        fails.push(fail);
        return fail.method;
      });
    const elseCount = c.ifFails + c.elseFails + conditions[k]!.ifSteps.length === 0 ? 1 : c.elseFails;
    conditions[k] = { ...conditions[k]!, reads: pick(c.reads), ifSteps: [...conditions[k]!.ifSteps, ...made(c.ifFails, "If")], elseSteps: made(elseCount, "Else") };
  });
  const methods = [...processing.map((s) => s.method), ...fails.map((f) => f.method), ...conditions.map((c) => c.method)];
  const order = [...methods];
  for (let i = order.length - 1; i > 0; i--) {
    const j = (raw.shuffle[i % raw.shuffle.length] ?? 0) % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // Parameters are passed as arguments by top-level processing steps (so every one is used).
  const parameters = raw.parameters.map((r, k) => ({ field: `p${k}`, name: `P${k}`, usedBy: topLevel[r % topLevel.length]! }));
  return { processing, parameters, conditions, fails, order };
}

/** Random valid pipelines (no cycle, no step used outside its branch) of up to `size`. */
export const dagModelOf = (size: DagSize): fc.Arbitrary<DagModel> => rawDagOf(size).map(toModel);

/** Small pipelines (up to 7 processing steps, 2 conditions), for the tests that build through files. */
export const dagModel: fc.Arbitrary<DagModel> = dagModelOf({ maxProcessing: 7, maxConditions: 2, maxFails: 2, maxInputs: 6 });

/** Pipelines of up to 50 steps: 38 processing steps, 4 conditions with up to 2 fail steps each. */
export const largeDagModel: fc.Arbitrary<DagModel> = dagModelOf({ maxProcessing: 38, maxConditions: 4, maxFails: 1, maxInputs: 4 });

/** The edges the model stands for, as "from -> to (kind)", sorted. */
export function modelEdges(m: DagModel): string[] {
  const edges: ModelEdge[] = [
    ...m.processing.flatMap((s) => [...s.data.map((d) => ({ from: d, to: s.method, kind: "data" as const })), ...s.dependsOn.map((d) => ({ from: d, to: s.method, kind: "dependsOn" as const }))]),
    ...m.conditions.flatMap((c) => [{ from: c.reads, to: c.method, kind: "data" as const }, ...[...c.ifSteps, ...c.elseSteps].map((s) => ({ from: c.method, to: s, kind: "branch" as const }))]),
    ...m.fails.flatMap((f) => (f.reads ? [{ from: f.reads, to: f.method, kind: "data" as const }] : [])),
  ];
  return edgeStrings(edges);
}

/** Edges as sorted, de-duplicated strings (for comparing graphs from different sources). */
export function edgeStrings(edges: readonly ModelEdge[]): string[] {
  return [...new Set(edges.map((e) => `${e.from} -> ${e.to} (${e.kind})`))].sort();
}

const HEAD = `import { Pipeline, Processing, Condition, Fail, processor, condition, fail, join, eq, param } from "@sagepipe/core";
const p = processor({ role: "arn:aws:iam::123456789012:role/SageMakerRole", image: "123456789012.dkr.ecr.us-east-1.amazonaws.com/prep:1", instanceType: "ml.m5.xlarge", instanceCount: 1, command: ["python3"] });
`;

/** An extra data reference to put in a processing step (to inject a cycle). */
export interface Injection {
  readonly into: string;
  readonly uses: string;
}

function processingMethod(s: DagModel["processing"][number], extra: readonly string[], params: readonly string[]): string {
  const inputs = [...s.data, ...extra].map((d) => `{ source: this.${d}().outputs.out, destination: "/opt/ml/processing/input/${d}" }`);
  const deps = s.dependsOn.length ? `{ dependsOn: (self: Generated) => [${s.dependsOn.map((d) => `self.${d}`).join(", ")}] }` : "";
  const code = s.method === "s0" ? `\n      code: "code/run.py",` : "";
  const args = params.length ? `\n      arguments: [${params.map((f) => `"--${f}", this.${f}`).join(", ")}],` : "";
  return `  @Processing(${deps})
  ${s.method}() {
    return p.run({${code}${args}
      inputs: [${inputs.join(", ")}],
      outputs: { out: "/opt/ml/processing/output" },
    });
  }`;
}

const paramsOf = (m: DagModel, method: string) => m.parameters.filter((p) => p.usedBy === method).map((p) => p.field);

/** The pipeline's TypeScript source (class `Generated`), methods in the model's order. */
export function pipelineSource(m: DagModel, inject?: Injection): string {
  const members = new Map<string, string>();
  for (const s of m.processing) members.set(s.method, processingMethod(s, inject?.into === s.method ? [inject.uses] : [], paramsOf(m, s.method)));
  for (const f of m.fails) {
    const message = f.reads ? `join(" ", ["failed after", this.${f.reads}().outputs.out])` : `"failed"`;
    members.set(f.method, `  @Fail()\n  ${f.method}() { return fail(${message}); }`);
  }
  for (const c of m.conditions) {
    const list = (xs: readonly string[]) => xs.map((x) => `this.${x}()`).join(", ");
    members.set(c.method, `  @Condition()
  ${c.method}() {
    return condition({ conditions: [eq(this.${c.reads}().outputs.out, ${c.against ? `this.${c.against}` : `"s3://my-bucket/expected"`})], ifSteps: [${list(c.ifSteps)}], elseSteps: [${list(c.elseSteps)}] });
  }`);
  }
  return `${HEAD}
@Pipeline({ name: "Generated", region: "us-east-1", bucket: "my-bucket" })
export class Generated {
${m.parameters.map((p) => `  ${p.field} = param.string("${p.name}", "s3://my-bucket/${p.name}");\n`).join("")}${m.order.map((name) => members.get(name)!).join("\n\n")}
}
`;
}

/** Steps reachable from `from` along data and depends-on edges (itself included). */
export function reachable(m: DagModel, from: string): string[] {
  const next = new Map<string, string[]>();
  for (const s of m.processing) for (const d of [...s.data, ...s.dependsOn]) next.set(d, [...(next.get(d) ?? []), s.method]);
  const seen = new Set([from]);
  for (const queue = [from]; queue.length; ) for (const n of next.get(queue.shift()!) ?? []) if (!seen.has(n)) (seen.add(n), queue.push(n));
  return [...seen];
}
