import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { CommandIO } from "../command.ts";
import { main } from "../main.ts";
import { commands } from "./index.ts";

const t = suite("command list (lazily loaded commands)");

function capture(): { io: CommandIO; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: false, cwd: process.cwd(), env: {} }, out, err };
}

t("each entry's name and summary are those of the command its module exports", async () => {
  for (const entry of commands) {
    const command = await entry.load();
    assert.is(command.name, entry.name, `the module loaded for '${entry.name}'`);
    assert.is(command.summary, entry.summary, `summary of '${entry.name}': copy the command's summary into commands/index.ts`);
  }
});

t("command names are unique", () => {
  const names = commands.map((c) => c.name);
  assert.equal([...new Set(names)], names);
});

t("--help lists every command with its summary", async () => {
  const { io, out } = capture();
  assert.is(await main(["--help"], io), 0);
  for (const c of commands) assert.match(out.join("\n"), `  ${c.name}`);
  assert.match(out.join("\n"), commands[0]!.summary);
});

t("<command> --help loads the command and prints its usage", async () => {
  const { io, out } = capture();
  assert.is(await main(["build", "--help"], io), 0);
  assert.match(out.join("\n"), /^usage: sagepipe build /);
});

t("an unknown command exits 2 and lists the commands", async () => {
  const { io, err } = capture();
  assert.is(await main(["biuld"], io), 2);
  assert.match(err.join("\n"), "unknown command 'biuld'");
  assert.match(err.join("\n"), "  build");
});

t.run();
