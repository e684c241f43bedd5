import { asVariable, EXPRESSION, coercionMessage, makeNode, type PipelineVariable } from "./variable.ts";

/** Where a property path starts: a step (`Steps.<name>`) or the experiment config. */
export interface PropertyRoot {
  /** The rendered prefix, e.g. `Steps.AbaloneProcess`; called at render time, when names are final. */
  readonly prefix: () => string;
  /** The step this root belongs to, for dependency edges; absent for non-step roots. */
  readonly step?: object;
}

/** One segment of a property path: `.Field`, `['key']` or `[0]`. */
export type PathSegment = { readonly field: string } | { readonly index: string | number };

/** `{Get: "Steps.S.Some.Path['key'].Leaf"}`. */
export interface PropertyNode {
  readonly kind: "Property";
  readonly root: PropertyRoot;
  readonly path: readonly PathSegment[];
}

/**
 * Fields whose members are addressed by key or position (`Outputs['train']`, `[0]`) in the
 * SDK's property paths: lists and maps of the Describe* responses.
 */
export const COLLECTION_FIELDS: ReadonlySet<string> = new Set([
  "Outputs", "ProcessingInputs", "InputDataConfig", "FinalMetricDataList", "HyperParameters", "Environment",
  "OutputParameters", "TrainingJobSummaries", "InferenceContainers", "Containers", "MetricDefinitions",
  "ContainerEntrypoint", "ContainerArguments", "ProductionVariants", "Tags", "SecondaryStatusTransitions",
  "Candidates", "CandidateSteps", "Applications", "Configurations", "InstanceGroups",
  "AdditionalModelDataSources", "DebugRuleEvaluationStatuses", "ProfilerRuleEvaluationStatuses",
  "ShadowProductionVariants",
]);

export function renderPath(node: PropertyNode): string {
  let out = node.root.prefix();
  for (const seg of node.path) {
    if ("field" in seg) out += `.${seg.field}`;
    else out += typeof seg.index === "number" ? `[${seg.index}]` : `['${seg.index}']`;
  }
  return out;
}

const NODE_KEYS = new Set(["kind", "root", "path"]);

function nextSegment(path: readonly PathSegment[], key: string): PathSegment {
  const last = path[path.length - 1];
  if (last && "field" in last && COLLECTION_FIELDS.has(last.field)) {
    return { index: /^(0|[1-9]\d*)$/.test(key) ? Number(key) : key };
  }
  return { field: key };
}

/** A property node that grows its path on property access: `props.ModelArtifacts.S3ModelArtifacts`. */
export function propertyProxy<T>(root: PropertyRoot, path: readonly PathSegment[] = []): T {
  const node = makeNode<PropertyNode>({ kind: "Property", root, path: Object.freeze([...path]) });
  return new Proxy(node, {
    get(target, key, receiver) {
      if (key === "toString" || key === "toJSON" || key === "valueOf" || key === Symbol.toPrimitive) {
        return () => {
          throw new TypeError(coercionMessage(`The property ${renderPath(target)}`));
        };
      }
      if (typeof key === "symbol" || NODE_KEYS.has(key)) return Reflect.get(target, key, receiver);
      if (key === "then") return undefined; // not a promise
      return propertyProxy(root, [...path, nextSegment(path, key)]);
    },
    has: (target, key) => key === EXPRESSION || Reflect.has(target, key),
  }) as unknown as T;
}

export const PropertyNode = Object.freeze({
  is: (x: unknown): x is PropertyNode => (x as PropertyNode | undefined)?.kind === "Property",
  /** A property reference with a fixed path (no proxy). */
  create: (root: PropertyRoot, path: readonly PathSegment[]): PipelineVariable<string> & PropertyNode =>
    asVariable(makeNode({ kind: "Property", root, path: Object.freeze([...path]) })),
});

type Leaf = string | number | boolean | Date;
type LeafValue<T> = T extends string ? string : T extends number ? number : T extends boolean ? boolean : string;

/**
 * The typed properties of a step, after an AWS Describe* response shape: every field is a
 * property reference, lists and maps are indexed by key or position.
 */
export type Properties<T> = [T] extends [Leaf]
  ? PipelineVariable<LeafValue<T>> & PropertyNode
  : T extends readonly (infer E)[]
    ? PipelineVariable<string> & PropertyNode & { readonly [key: string]: Properties<NonNullable<E>>; readonly [index: number]: Properties<NonNullable<E>> }
    : string extends keyof T
      ? PipelineVariable<string> & PropertyNode & { readonly [key: string]: Properties<NonNullable<T[keyof T]>> }
      : PipelineVariable<string> & PropertyNode & { readonly [K in keyof T]-?: Properties<NonNullable<T[K]>> };
