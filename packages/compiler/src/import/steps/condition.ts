// Condition steps: `condition({ conditions, ifSteps: [this.a()], elseSteps: [this.b()] })`.
import { conditionCode, isJsonObject } from "../expressions.ts";
import { CannotImport } from "../import-scope.ts";
import { spells, type StepImporter } from "../step-importer.ts";
import { array, call, object, raw } from "../ts-code.ts";

export const conditionImporter: StepImporter = {
  write(step, scope) {
    const conditions = step.args.list("Conditions") ?? [];
    const branch = (key: "IfSteps" | "ElseSteps") => {
      const list = step.args.list(key);
      if (list === undefined) throw new CannotImport(step.args.at(key), `condition() always writes ${key} ([] when empty)`);
      return list.map((s, i) => {
        const name = isJsonObject(s) && typeof s.Name === "string" ? s.Name : undefined;
        const target = name === undefined ? undefined : scope.step(name);
        if (!target) throw new CannotImport(`${step.args.at(key)}/${i}`, "a branch step needs a Name");
        return raw(`${scope.self}.${target.method}()`);
      });
    };
    const ifSteps = branch("IfSteps");
    const elseSteps = branch("ElseSteps");
    step.args.done();
    const body = call(scope.use("condition"), [
      object([
        ["conditions", array(conditions.map((c, i) => conditionCode(c, scope, `${step.args.at("Conditions")}/${i}`)))],
        ["ifSteps", ifSteps.length ? array(ifSteps) : undefined],
        ["elseSteps", elseSteps.length ? array(elseSteps) : undefined],
      ]),
    ]);
    return { decorator: "Condition", body };
  },
  reference: (segments, stepCall) => (spells(segments, "Outcome") ? `${stepCall}.outcome` : undefined),
};
