// Bad inputs for the graph checks (SP1xx): cycles, duplicate names, branch membership,
// isolated steps, references to methods that are not steps.
import { corpusSuite, HEAD } from "./corpus.ts";

const IN = (from: string) => `inputs: [{ source: ${from}, destination: "/opt/ml/processing/input" }]`;

corpusSuite("bad inputs: the step graph", [
  {
    name: "a cycle of two steps",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing() a() { return p.run({ ${IN("this.b().outputs.o")}, outputs: { o: "/opt/ml/processing/output" } }); }
  @Processing() b() { return p.run({ ${IN("this.a().outputs.o")}, outputs: { o: "/opt/ml/processing/output" } }); }
}
`,
    expect: ["SP101 6:57"],
    fixes: ["A step can only use steps that run before it. Remove one of these references (or the dependsOn entry) to break the cycle."],
  },
  {
    name: "a cycle of three steps",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing() a() { return p.run({ ${IN("this.c().outputs.o")}, outputs: { o: "/opt/ml/processing/output" } }); }
  @Processing() b() { return p.run({ ${IN("this.a().outputs.o")}, outputs: { o: "/opt/ml/processing/output" } }); }
  @Processing() c() { return p.run({ ${IN("this.b().outputs.o")}, outputs: { o: "/opt/ml/processing/output" } }); }
}
`,
    expect: ["SP101 6:57"],
    fixes: ["A step can only use steps that run before it. Remove one of these references (or the dependsOn entry) to break the cycle."],
  },
  {
    name: "a cycle through dependsOn",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing({ dependsOn: (self: P) => [self.b] })
  a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
  @Processing() b() { return p.run({ ${IN("this.a().outputs.o")}, outputs: { o: "/opt/ml/processing/output" } }); }
}
`,
    expect: ["SP101 6:42"],
    fixes: ["A step can only use steps that run before it. Remove one of these references (or the dependsOn entry) to break the cycle."],
  },
  {
    name: "a cycle through a helper method",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  upstream() { return this.b().outputs.o; }
  @Processing() a() { return p.run({ ${IN("this.upstream()")}, outputs: { o: "/opt/ml/processing/output" } }); }
  @Processing() b() { return p.run({ ${IN("this.a().outputs.o")}, outputs: { o: "/opt/ml/processing/output" } }); }
}
`,
    expect: ["SP101 7:57"],
    fixes: ["A step can only use steps that run before it. Remove one of these references (or the dependsOn entry) to break the cycle."],
  },
  {
    name: "a step that uses itself",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing() a() { return p.run({ ${IN("this.a().outputs.o")}, outputs: { o: "/opt/ml/processing/output" } }); }
}
`,
    expect: ["SP101 6:57"],
    fixes: ["A step can only use steps that run before it. Remove one of these references (or the dependsOn entry) to break the cycle."],
  },
  {
    name: "a condition that reads a step of its own branch",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
  @Condition() c() { return condition({ conditions: [eq(this.a().outputs.o, "x")], ifSteps: [this.a()] }); }
}
`,
    expect: ["SP101 7:94"],
    fixes: ["A step can only use steps that run before it. Remove one of these references (or the dependsOn entry) to break the cycle."],
  },
  {
    name: "two steps with one name",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing({ name: "Prepare" }) a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
  @Processing({ name: "Prepare" }) b() { return p.run({ ${IN("this.a().outputs.o")} }); }
}
`,
    expect: ["SP102 7:23"],
    fixes: ["Give each step a unique name with the decorator's `name` option."],
  },
  {
    name: "a step name equal to another step's default name",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing({ name: "B" }) a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
  @Processing() b() { return p.run({ ${IN("this.a().outputs.o")} }); }
}
`,
    expect: ["SP102 7:17"],
    fixes: ["Give each step a unique name with the decorator's `name` option."],
  },
  {
    name: "a step in the branches of two conditions",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Fail() stop() { return fail("no"); }
  @Condition() c1() { return condition({ conditions: [eq(1, 1)], ifSteps: [this.stop()] }); }
  @Condition() c2() { return condition({ conditions: [eq(1, 1)], elseSteps: [this.stop()] }); }
}
`,
    expect: ["SP103 8:78"],
    fixes: ["A step can sit in one branch only. Make a second step method for the other branch."],
  },
  {
    name: "a step in both branches of one condition",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Fail() stop() { return fail("no"); }
  @Condition() c() {
    return condition({ conditions: [eq(1, 1)], ifSteps: [this.stop()], elseSteps: [this.stop()] });
  }
}
`,
    expect: ["SP103 8:84"],
    fixes: ["A step can sit in one branch only. Make a second step method for the other branch."],
  },
  {
    name: "a top-level step that uses a step of a branch",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
  @Condition() c() { return condition({ conditions: [eq(1, 1)], ifSteps: [this.a()] }); }
  @Processing() b() { return p.run({ ${IN("this.a().outputs.o")} }); }
}
`,
    expect: ["SP104 8:57"],
    fixes: ["Put b() in the same branch as a(), or stop using a() here."],
  },
  {
    name: "a top-level step that uses a step of a nested branch",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
  @Condition() inner() { return condition({ conditions: [eq(1, 1)], ifSteps: [this.a()] }); }
  @Condition() outer() { return condition({ conditions: [eq(2, 2)], elseSteps: [this.inner()] }); }
  @Processing() b() { return p.run({ ${IN("this.a().outputs.o")} }); }
}
`,
    expect: ["SP104 9:57"],
    fixes: ["Put b() in the same branch as a(), or stop using a() here."],
  },
  {
    name: "steps of one branch and of a nested branch may use each other",
    via: "build",
    source: HEAD + `@Pipeline({ name: "P", bucket: "my-bucket" })
export class P {
  @Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
  @Processing() b() { return p.run({ ${IN("this.a().outputs.o")}, outputs: { o: "/opt/ml/processing/output" } }); }
  @Fail() stop() { return fail(join(" ", ["after", this.b().outputs.o])); }
  @Condition() inner() { return condition({ conditions: [eq(this.a().outputs.o, "x")], ifSteps: [this.stop()] }); }
  @Processing() first() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
  @Condition() outer() { return condition({ conditions: [eq(this.first().outputs.o, "y")], ifSteps: [this.a(), this.b(), this.inner()] }); }
}
`,
    expect: [],
    fixes: [],
  },
  {
    name: "a step on no path from the others",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
  @Processing() b() { return p.run({ ${IN("this.a().outputs.o")} }); }
  @Processing() lonely() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
}
`,
    expect: ["SP105 8:17"],
    fixes: ["If it should run after another step, use that step's outputs or add dependsOn; otherwise ignore this warning."],
  },
  {
    name: "dependsOn lists a method that is not a step",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  settings() { return { o: "/opt/ml/processing/output" }; }
  @Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
  @Processing({ dependsOn: (self: P) => [self.a, self.settings] })
  b() { return p.run({ ${IN("this.a().outputs.o")} }); }
}
`,
    expect: ["SP106 8:50"],
    fixes: ["Decorate settings() with a step decorator (@Processing(), @Training(), ...) or list a step method instead."],
  },
  {
    name: "a condition branch lists a method that is not a step",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  stopStep() { return fail("no"); }
  @Processing() a() { return p.run({ outputs: { o: "/opt/ml/processing/output" } }); }
  @Condition() c() { return condition({ conditions: [eq(this.a().outputs.o, "x")], ifSteps: [this.stopStep()] }); }
}
`,
    expect: ["SP106 8:94"],
    fixes: ["Decorate stopStep() with a step decorator (@Processing(), @Training(), ...) or list a step method instead."],
  },
]);
