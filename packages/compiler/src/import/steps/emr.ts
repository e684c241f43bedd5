// EMR steps: `emrStep({ clusterId or clusterConfig, executionRoleArn, stepConfig: { jar, args, mainClass, properties } })`.
import { valueCode } from "../expressions.ts";
import { CannotImport } from "../import-scope.ts";
import { JsonReader } from "../json-reader.ts";
import type { StepImporter } from "../step-importer.ts";
import { call, object, type Code } from "../ts-code.ts";

const BY = "emrStep()";

export const emrImporter: StepImporter = {
  write(step, scope) {
    const a = step.args;
    const config = a.object("StepConfig");
    const jar = config?.object("HadoopJarStep");
    config?.done();
    if (!jar) throw new CannotImport(a.at("StepConfig"), `${BY} needs StepConfig.HadoopJarStep`);
    const v = (r: JsonReader, key: string) => (r.has(key) ? valueCode(r.take(key), scope, r.at(key)) : undefined);
    const properties = jar.list("Properties")?.map((p, i): [string, Code] => {
      const r = JsonReader.of(p, `${jar.at("Properties")}/${i}`, BY);
      const key = r.text("Key");
      if (key === undefined || /^(0|[1-9]\d*)$/.test(key)) throw new CannotImport(r.at("Key"), `${BY} takes properties whose keys are text and not numbers`);
      const value = valueCode(r.take("Value"), scope, r.at("Value"));
      r.done();
      return [key, value];
    });
    if (properties && new Set(properties.map(([k]) => k)).size !== properties.length) throw new CannotImport(jar.at("Properties"), `${BY} takes each property key once`);
    const stepConfig = object([
      ["jar", v(jar, "Jar")],
      ["args", v(jar, "Args")],
      ["mainClass", v(jar, "MainClass")],
      ["properties", properties ? object(properties) : undefined],
    ]);
    jar.done();
    const props = object([
      ["clusterId", v(a, "ClusterId")],
      ["clusterConfig", v(a, "ClusterConfig")],
      ["executionRoleArn", v(a, "ExecutionRoleArn")],
      ["stepConfig", stepConfig],
    ]);
    a.done();
    return { decorator: "EMR", body: call(scope.use("emrStep"), [props]) };
  },
};
