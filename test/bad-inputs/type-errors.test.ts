// TypeScript's errors in the pipeline's own files, as diagnostics (TSnnnn) of `check` and
// `build`, at TypeScript's line and column; a build with one evaluates nothing.
import { corpusSuite, HEAD } from "./corpus.ts";

/** The project's own tsconfig (legacy decorators, Node's ESM resolution), beside each case. */
const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, target: "es2022", module: "nodenext", experimentalDecorators: true, allowImportingTsExtensions: true, noEmit: true, skipLibCheck: true } });

corpusSuite("bad inputs: type errors", [
  {
    name: "a misspelled output",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing() a() { return p.run({ outputs: { train: "/o" } }); }
  @Training() b() { return e.fit({ train: this.a().outputs.trian }); }
}
`,
    files: { "tsconfig.json": TSCONFIG },
    typecheck: true,
    via: "build",
    expect: ["SP403 7:60", "TS2551 7:60"],
    fixes: ["Use one of 'train', or declare 'trian' in a()'s outputs.", "Write train, the name that is declared (or declare trian)."],
  },
  {
    name: "a syntax error",
    source: HEAD + `@Pipeline({ name: "P" })
export class P {
  @Processing() a() { return p.run({ outputs: { o: "/o" } }; }
}
`,
    files: { "tsconfig.json": TSCONFIG },
    typecheck: true,
    expect: ["TS1005 6:60"],
    fixes: ["Correct the syntax here, as the message says."],
  },
  {
    name: "an import of a file that does not exist",
    source: HEAD + `import { role } from "./settings.ts";
@Pipeline({ name: "P" })
export class P {
  @Processing() a() { return p.run({ outputs: { o: role } }); }
}
`,
    files: { "tsconfig.json": TSCONFIG },
    typecheck: true,
    expect: ["TS2307 4:22"],
    fixes: ["Check the path ./settings.ts: no file of that name (with .ts, .tsx or /index.ts) exists; create it or correct the import."],
  },
  {
    name: "a type error in an imported file of the pipeline's",
    source: HEAD + `import { count } from "./settings.ts";
@Pipeline({ name: "P" })
export class P {
  @Processing() a() { return p.run({ outputs: { o: "/o" }, arguments: ["--n", String(count)] }); }
}
`,
    files: { "tsconfig.json": TSCONFIG, "settings.ts": `export const count: number = "three";\n` },
    typecheck: true,
    via: "build",
    expect: ["TS2322 1:14"],
    fixes: ["Correct the code as TypeScript's message says (tsc --noEmit reports the same error); --no-typecheck builds without this check."],
  },
  {
    name: "a module that would throw when evaluated is not evaluated",
    source: HEAD + `throw new Error("evaluated");
@Pipeline({ name: "P" })
export class P {
  @Processing() a() { return p.run({ outputs: { o: 42 } }); }
}
`,
    files: { "tsconfig.json": TSCONFIG },
    typecheck: true,
    via: "build",
    expect: ["TS2322 7:49"],
    fixes: ["Correct the code as TypeScript's message says (tsc --noEmit reports the same error); --no-typecheck builds without this check."],
  },
]);
