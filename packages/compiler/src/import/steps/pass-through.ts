// Steps whose Arguments are an AWS request as written (the SDK's `arguments=` steps): the
// helper takes the request itself, so the importer writes it as an object literal.
import type { StepDecoratorName } from "@sagepipe/expressions";
import { valueCode } from "../expressions.ts";
import { call } from "../ts-code.ts";
import type { StepImporter } from "../step-importer.ts";

/** An importer writing `helper({ ...request })` under `@decorator`. */
export function passThroughImporter(decorator: StepDecoratorName, helper: string): StepImporter {
  return {
    write(step, scope) {
      const body = call(scope.use(helper), [valueCode(step.args.value, scope, step.args.pointer)]);
      return { decorator, body };
    },
  };
}
