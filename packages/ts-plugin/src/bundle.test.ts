// The plugin as npm installs it: package.json, plugin.cjs and the CommonJS bundle, no sources.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { bundleTsPlugin } from "./bundle/bundle-plugin.ts";
import { fixtureProject } from "./testing/fixture-project.ts";
import { mutate, TEMPLATE_PIPELINE } from "./testing/template-pipeline.ts";
import { TsServer } from "./testing/tsserver-client.ts";

const PACKAGE = fileURLToPath(new URL("../", import.meta.url));
const t = suite("ts-plugin bundle (the installed package)");
const installed = join(mkdtempSync(join(tmpdir(), "sagepipe-ts-plugin-bundle-")), "ts-plugin");

t.after(() => rmSync(join(installed, ".."), { recursive: true, force: true }));

t("tsserver loads the bundle with require() and reports through it", async () => {
  mkdirSync(join(installed, "dist"), { recursive: true });
  for (const f of ["package.json", "plugin.cjs"]) copyFileSync(join(PACKAGE, f), join(installed, f));
  await bundleTsPlugin(join(installed, "dist", "plugin.cjs"));
  const project = fixtureProject({ "pipeline.ts": mutate(TEMPLATE_PIPELINE, "outputs.train, contentType", "outputs.trainn, contentType") }, installed);
  const server = TsServer.start("typescript-5", project.dir, project.dir);
  try {
    server.open(project.file("pipeline.ts"));
    const ours = (await server.diagnostics(project.file("pipeline.ts"))).filter((d) => d.source === "sagepipe");
    assert.equal(ours.map((d) => `${d.code} ${d.start.line}:${d.start.offset}`), ["403 35:54"]);
    assert.match(server.log(), "sagepipe: plugin loaded");
    assert.not.ok(existsSync(join(installed, "src")), "only the bundle was there to load");
  } finally {
    await server.close();
    project.remove();
  }
});

t.run();
