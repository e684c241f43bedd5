// Type-level test, compiled by `tsc -p tsconfig.json`, never run: every decorator the step-kind
// table (@sagepipe/expressions step-kinds.ts) names is exported by decorators/steps.ts, and no
// other capitalised export (the decorators are the capitalised exports). A row added to the table without its decorator (or the reverse) fails here.
import type { StepDecoratorName } from "@sagepipe/expressions";
import * as decorators from "./steps.ts";

type Missing = Exclude<StepDecoratorName, keyof typeof decorators>;
type Extra = Exclude<Extract<keyof typeof decorators, Capitalize<string>>, StepDecoratorName>;

export const noMissingDecorator: [Missing] extends [never] ? true : { missing: Missing } = true;
export const noExtraDecorator: [Extra] extends [never] ? true : { notInTheTable: Extra } = true;
