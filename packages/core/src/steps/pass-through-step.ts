import { propertyProxy, type Properties, type StepKind, type StepType } from "@sagepipe/expressions";
import { STEP_ARGS, type StepArgs } from "./step-args.ts";
import { StepSlot } from "./step-slot.ts";

/**
 * A step whose `Arguments` are an AWS request as the user wrote it (the SDK's `arguments=`
 * steps: endpoints, Bedrock, Lineage), of a kind whose definition `Type` has the same name.
 */
export function passThroughStep<K extends StepKind & StepType, P>(kind: K, request: object): StepArgs<K> & { readonly properties: Properties<P> } {
  const slot = new StepSlot();
  return {
    properties: propertyProxy<Properties<P>>(slot.root()),
    [STEP_ARGS]: {
      kind,
      slot,
      inputs: () => request,
      render: (ctx) => [{ Name: ctx.stepName, Type: kind, Arguments: request }],
    },
  };
}
