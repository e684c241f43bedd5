// Type-level test, compiled by `tsc -p tsconfig.json`, never run: every decorator the step-kind
// table (@sagepipe/expressions step-kinds.ts) names is exported by decorators/steps.ts, and no
// other capitalised export (the decorators are the capitalised exports). A row added to the
// table without its decorator fails the first line ("Property 'X' is missing"); a decorator
// without its row fails the second.
import type { StepDecoratorName } from "@sagepipe/expressions";
import * as decorators from "./steps.ts";

export const everyDecoratorExported: Record<StepDecoratorName, unknown> = decorators;

type Extra = Exclude<Extract<keyof typeof decorators, Capitalize<string>>, StepDecoratorName>;
export const noDecoratorOutsideTheTable: [Extra] extends [never] ? true : { notInTheTable: Extra } = true;
