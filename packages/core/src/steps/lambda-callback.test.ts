import { suite } from "uvu";
import * as assert from "uvu/assert";
import { Callback, Condition, Lambda, Pipeline, callback, condition, eq, gte, lambdaFunction, type OutputParameterType } from "../index.ts";
import { evaluatePipeline } from "../evaluate/definition.ts";

const t = suite("Lambda and Callback steps");
type Step = { Name: string; Type: string; Arguments: unknown; [key: string]: unknown };
const stepsOf = (cls: new () => object) => (evaluatePipeline(cls, { sourceDir: "." }).definition as { Steps: Step[] }).Steps;

@Pipeline({ name: "P" })
class Minimal {
  @Lambda() ping() {
    return lambdaFunction({ functionArn: "arn:aws:lambda:us-east-1:1:function:f" }).invoke();
  }
  @Callback() wait() {
    return callback({ sqsQueueUrl: "https://sqs/q" });
  }
}

t("without inputs or outputs: empty Arguments and OutputParameters, as the SDK writes them", () => {
  const [ping, wait] = stepsOf(Minimal);
  assert.equal(ping, { Name: "Ping", Type: "Lambda", Arguments: {}, FunctionArn: "arn:aws:lambda:us-east-1:1:function:f", OutputParameters: [] });
  assert.equal(wait, { Name: "Wait", Type: "Callback", Arguments: {}, SqsQueueUrl: "https://sqs/q", OutputParameters: [] });
});

@Pipeline({ name: "P" })
class Chained {
  @Lambda({ name: "Score" }) score() {
    return lambdaFunction({ functionArn: "arn" }).invoke({
      inputs: { nested: { list: [1, "two", true, null] } },
      outputs: { value: "Float", done: "Boolean" },
    });
  }
  @Callback({ name: "Approve" }) approve() {
    return callback({ sqsQueueUrl: "q", inputs: { score: this.score().outputs.value }, outputs: { approved: "Boolean" } });
  }
  @Condition({ name: "Gate" }) gate() {
    return condition({ conditions: [gte(this.score().outputs.value, 0.5), eq(this.approve().outputs.approved, true)] });
  }
}

t("outputs are OutputParameters references, they order the steps, and nested inputs are kept as written", () => {
  const steps = stepsOf(Chained);
  assert.equal(steps.map((s) => s.Name), ["Score", "Approve", "Gate"]);
  assert.equal(steps[0]!.Arguments, { nested: { list: [1, "two", true, null] } });
  assert.equal(steps[1]!.Arguments, { score: { Get: "Steps.Score.OutputParameters['value']" } });
  assert.equal((steps[2]!.Arguments as { Conditions: unknown[] }).Conditions[1], {
    Type: "Equals", LeftValue: { Get: "Steps.Approve.OutputParameters['approved']" }, RightValue: true,
  });
  const edges = evaluatePipeline(Chained, { sourceDir: "." }).edges;
  assert.equal(edges, [{ from: "score", to: "approve", kind: "data" }, { from: "score", to: "gate", kind: "data" }, { from: "approve", to: "gate", kind: "data" }]);
});

@Pipeline({ name: "P" })
class BadType {
  @Lambda({ name: "L" }) l() {
    return lambdaFunction({ functionArn: "arn" }).invoke({ outputs: { n: "Number" as OutputParameterType, ok: "String" } });
  }
}

t("an output type SageMaker does not know is an error naming the output and the types", () => {
  assert.throws(() => evaluatePipeline(BadType, { sourceDir: "." }), /Step L: output 'n' has type 'Number'; use one of String, Integer, Boolean, Float/);
});

t.run();
