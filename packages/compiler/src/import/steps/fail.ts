// Fail steps: `fail(message)`.
import { valueCode } from "../expressions.ts";
import { CannotImport } from "../import-scope.ts";
import type { StepImporter } from "../step-importer.ts";

export const failImporter: StepImporter = {
  write(step, scope) {
    const at = step.args.at("ErrorMessage");
    const message = step.args.take("ErrorMessage");
    step.args.done();
    if (message === undefined) throw new CannotImport(at, "fail() always writes an ErrorMessage (\"\" when none is given)");
    const args = message === "" ? [] : [valueCode(message, scope, at)];
    return { decorator: "Fail", body: { kind: "call", callee: scope.use("fail"), args } };
  },
};
