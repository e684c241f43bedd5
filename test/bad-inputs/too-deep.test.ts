// Bad inputs nested too deep to read: brackets or syntax chains past the compiler's limits
// (SP004, before TypeScript's recursive parser runs out of stack), and expressions built past
// the definition format's limit of 100 levels, in the source or in a loop (SP801 at the line).
import { corpusSuite, HEAD } from "./corpus.ts";

const nots = (n: number) => `${"not(".repeat(n)}eq(this.stage, "prod")${")".repeat(n)}`;

/** A condition step whose one condition is `condition` (line 7). */
function conditionPipeline(condition: string, before = ""): string {
  return HEAD + `import { not } from "@sagepipe/core";
@Pipeline({ name: "Deep", bucket: "b" })
export class Deep {
  stage = param.string("Stage", "dev");
  @Fail() f() { return fail("no"); }
  @Condition() c() {${before}
    return condition({ conditions: [${condition}], ifSteps: [this.f()] });
  }
}
`;
}

corpusSuite("bad inputs: nested too deep", [
  {
    name: "not() nested 800 deep in the source",
    source: conditionPipeline(nots(800)),
    // The class, the method, `condition(`, `{` and `[` are 5 open brackets; the 196th not( opens the 201st.
    expect: ["SP004 10:820"],
    fixes: [
      "Flatten it: not(not(x)) is x; or(...) and a condition's list of conditions take any number at once; join(separator, [...]) a list instead of chaining `+`.",
    ],
  },
  {
    name: "a chain of 20,000 string additions",
    source: HEAD + `@Pipeline({ name: "Cat", bucket: "b" })
export class Cat {
  @Fail() f() { return fail(${Array(20000).fill('"a"').join(" + ")}); }
}
`,
    expect: ["SP004 6:29"],
    fixes: [
      "Flatten it: not(not(x)) is x; or(...) and a condition's list of conditions take any number at once; join(separator, [...]) a list instead of chaining `+`.",
    ],
  },
  {
    name: "not() nested 150 deep: past the definition's 100",
    via: "build",
    source: conditionPipeline(nots(150)),
    // eq(this.stage, ...) is 2 deep, so the 99th not( from the inside (the 52nd from the outside) is 101.
    expect: ["SP801 10:241"],
    fixes: ["Fix the error thrown here; run with SAGEPIPE_DEBUG=1 to see the whole stack."],
  },
  {
    name: "not() applied 5,000 times in a loop",
    via: "build",
    source: conditionPipeline("x", `
    let x: ReturnType<typeof not> | ReturnType<typeof eq> = eq(this.stage, "prod");
    for (let i = 0; i < 5000; i++) x = not(x);`),
    expect: ["SP801 11:40"],
    fixes: ["Fix the error thrown here; run with SAGEPIPE_DEBUG=1 to see the whole stack."],
  },
]);
