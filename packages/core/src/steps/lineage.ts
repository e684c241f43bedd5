// SDK v2.257.6 `LineageStep` (sagemaker/workflow/lineage_step.py): creates lineage entities and
// associates them. `Arguments` hold up to four lists: Actions, Artifacts and Contexts are
// CreateAction/CreateArtifact/CreateContext requests; Associations link two entities.
import type { AddAssociationRequest, AssociationEdgeType, CreateActionRequest, CreateArtifactRequest, CreateContextRequest } from "../aws-types/sagemaker.ts";
import type { Properties, Value } from "@sagepipe/expressions";
import { passThroughStep } from "./pass-through-step.ts";
import { StepError } from "./render-context.ts";
import type { StepArgs } from "./step-args.ts";
import type { WithVariables } from "./with-variables.ts";

/** An entity of this step (or an existing one) by name, as the SDK's examples refer to them. */
export interface LineageEntityRef {
  readonly Name: Value<string>;
  readonly Type: "Action" | "Artifact" | "Context";
}

/** An association by the two entities' names (`Source`/`Destination`), or AddAssociation's request (ARNs). */
export type LineageAssociation =
  | { readonly Source: LineageEntityRef; readonly Destination: LineageEntityRef; readonly AssociationType?: AssociationEdgeType }
  | WithVariables<AddAssociationRequest>;

/** The step's `Arguments`: at least one of the four lists. */
export interface LineageArgs {
  readonly Actions?: readonly WithVariables<CreateActionRequest>[];
  readonly Artifacts?: readonly WithVariables<CreateArtifactRequest>[];
  readonly Contexts?: readonly WithVariables<CreateContextRequest>[];
  readonly Associations?: readonly LineageAssociation[];
}

/** What the step exposes (SDK: `Steps.<name>.ActionArns['<name>']`, ..., `Steps.<name>.Associations`). */
export interface LineageProperties {
  /** The ARN of each action the step created, by ActionName. */
  readonly ActionArns: Readonly<Record<string, string>>;
  /** The ARN of each artifact the step created, by ArtifactName. */
  readonly ArtifactArns: Readonly<Record<string, string>>;
  /** The ARN of each context the step created, by ContextName. */
  readonly ContextArns: Readonly<Record<string, string>>;
  /** The associations made, as AddAssociation answers them. */
  readonly Associations: readonly { readonly SourceArn: string; readonly DestinationArn: string }[];
}

/** A lineage step; `properties.ActionArns['my-action']`, ... */
export interface LineageStepArgs extends StepArgs<"Lineage"> {
  readonly properties: Properties<LineageProperties>;
}

const KEYS = ["Actions", "Artifacts", "Contexts", "Associations"] as const;

/** SDK `LineageStep`: the step's arguments as written; like the SDK, at least one list and no other key. */
export function lineage(args: LineageArgs): LineageStepArgs {
  const keys = Object.keys(args);
  const unknown = keys.filter((k) => !(KEYS as readonly string[]).includes(k));
  if (unknown.length) throw new StepError(`lineage(): unknown argument field(s) ${unknown.join(", ")}. Use ${KEYS.join(", ")}.`);
  if (!keys.length) throw new StepError(`lineage(): give at least one of ${KEYS.join(", ")}.`);
  return passThroughStep<"Lineage", LineageProperties>("Lineage", args);
}
