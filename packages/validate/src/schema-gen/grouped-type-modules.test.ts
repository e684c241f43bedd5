import { suite } from "uvu";
import * as assert from "uvu/assert";
import { groupedTypeModules, moduleOf } from "./grouped-type-modules.ts";
import type { TypeDeclaration } from "./type-declarations.ts";

const t = suite("groupedTypeModules");

const decl = (name: string, ...uses: string[]): TypeDeclaration => ({ name, text: `export interface ${name} { ${uses.map((u) => `${u.toLowerCase()}: ${u};`).join(" ")} }`, uses });
/** A: its own Only-A, and Tag (which B reaches too); Tag reaches Key; B is recursive. */
const declarations = [decl("A", "OnlyA", "Tag"), decl("B", "B", "Tag"), decl("Key"), decl("OnlyA"), decl("Tag", "Key")];
const groups = { alpha: ["A"], beta: ["B"] };
const header = "// Generated.";

t("a shape reached by one group is that group's; one reached by several is shared, with all it reaches", () => {
  assert.equal(Object.fromEntries(moduleOf(declarations, groups)), { A: "alpha", B: "beta", Key: "shared", OnlyA: "alpha", Tag: "shared" });
});

t("writes an index re-exporting each group and shared, and group modules importing what they use from shared", () => {
  const files = groupedTypeModules("svc", declarations, groups, header);
  assert.equal(files.map((f) => f.path), ["svc.ts", "svc/alpha.ts", "svc/beta.ts", "svc/shared.ts"]);
  assert.is(files[0]!.contents, '// Generated.\n// The shapes are in svc/, one module per group of steps and shared.ts for those several use.\n\nexport * from "./svc/alpha.ts";\nexport * from "./svc/beta.ts";\nexport * from "./svc/shared.ts";\n');
  assert.is(files[1]!.contents, '// Generated.\n\nimport type { Tag } from "./shared.ts";\n\nexport interface A { onlya: OnlyA; tag: Tag; }\n\nexport interface OnlyA {  }\n');
  assert.is(files[3]!.contents, "// Generated.\n\nexport interface Key {  }\n\nexport interface Tag { key: Key; }\n", "shared imports nothing");
});

t("the output depends only on the declarations and groups, not on the order the groups reach shapes in", () => {
  const once = groupedTypeModules("svc", declarations, groups, header);
  assert.equal(groupedTypeModules("svc", [...declarations], { alpha: ["A"], beta: ["B"] }, header), once);
  assert.equal(moduleOf([...declarations].reverse(), groups), moduleOf(declarations, groups));
});

t("a group may not be called shared", () => {
  assert.throws(() => groupedTypeModules("svc", declarations, { shared: ["A"] }, header), /"shared" is the module of shapes several groups reach/);
});

t.run();
