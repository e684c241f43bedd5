// Conformance case `fail_step`: fail messages as a join (literals, an execution variable, a
// parameter), as plain text and absent; display name and description on a branch step;
// a top-level fail step that depends on the condition step.
import { Condition, ExecutionVariables, Fail, Pipeline, condition, eq, fail, join, param } from "@sagepipe/core";

@Pipeline({ name: "FailStepPipeline", region: "us-east-1", bucket: "my-bucket" })
export class FailStepPipeline {
  mode = param.string("Mode", "strict");

  @Fail({ name: "FailWithJoin", displayName: "Fail (join)", description: "Fails with a composed message" })
  failWithJoin() {
    return fail(join(" ", ["Execution", ExecutionVariables.PipelineExecutionId, "failed in mode", this.mode]));
  }

  @Fail({ name: "FailPlain" })
  failPlain() {
    return fail("plain failure message");
  }

  @Condition({ name: "ModeCheck" })
  modeCheck() {
    return condition({ conditions: [eq(this.mode, "strict")], ifSteps: [this.failWithJoin()], elseSteps: [this.failPlain()] });
  }

  @Fail({ name: "FailNoMessage" })
  failNoMessage() {
    return fail();
  }

  @Fail<FailStepPipeline>({ name: "FailAfterCheck", dependsOn: (self) => [self.modeCheck] })
  failAfterCheck() {
    return fail("after");
  }
}
