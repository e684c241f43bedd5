// docs/local.md states the sandbox's promise in one table (what a job can read, write, and
// reach on the network); this keeps its "read" row in step with the code: every host path the
// sandbox shows (sandbox-view.ts) is named there, and the rows the issue asks for exist.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { SYSTEM_READS } from "../../packages/local/src/jobs/sandbox-view.ts";
import { REPO } from "../support/temp-project.ts";

const t = suite("docs/local.md: the sandbox's promise");

const doc = readFileSync(join(REPO, "docs/local.md"), "utf8");
const section = doc.split(/^### /m).find((s) => s.startsWith("The sandbox's promise")) ?? "";
const rows = new Map(
  section
    .split("\n")
    .filter((l) => l.startsWith("| **"))
    .map((l) => {
      const cells = l.split(" | ");
      return [/\*\*(.+?)\*\*/.exec(cells[0]!)![1]!, { can: cells[1] ?? "", cannot: cells[2] ?? "" }] as const;
    }),
);

t("one table with what a job can read, write and reach on the network", () => {
  assert.equal([...rows.keys()].slice(0, 3), ["read", "write", "reach on the network"]);
  assert.match(rows.get("write")!.can, "`/opt/ml`");
  assert.match(rows.get("write")!.can, "`/tmp`");
  assert.match(rows.get("reach on the network")!.cannot, "EnableNetworkIsolation");
  assert.match(rows.get("read")!.cannot, "`/etc/shadow`");
  assert.match(rows.get("read")!.cannot, "home folders");
});

t("the read row names every host path the sandbox shows, and --sandbox-read", () => {
  const can = rows.get("read")!.can;
  for (const path of SYSTEM_READS) {
    const name = path.startsWith("/etc/") ? path.slice("/etc/".length) : path;
    assert.ok(can.includes(`\`${name}\``) || can.includes(`\`${name}/\``), `${path} (as \`${basename(name)}\`) is in the read row`);
  }
  for (const more of ["`python3*/`", "`/bin`", "`/lib`", "`--sandbox-read`"]) assert.ok(can.includes(more), `${more} is in the read row`);
});

t.run();
