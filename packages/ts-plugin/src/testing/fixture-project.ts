// A project in a temp folder that enables the plugin in its tsconfig, with @sagepipe/core and
// @sagepipe/ts-plugin linked into its node_modules as an install would put them.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGES = fileURLToPath(new URL("../../../", import.meta.url));

export const TSCONFIG = {
  compilerOptions: { target: "es2022", module: "nodenext", moduleResolution: "nodenext", strict: true, noEmit: true, skipLibCheck: true, types: [], plugins: [{ name: "@sagepipe/ts-plugin" }] },
  include: ["*.ts"],
};

export interface FixtureProject {
  readonly dir: string;
  file(name: string): string;
  write(name: string, text: string): string;
  remove(): void;
}

/** Makes the project with `files` (name -> text); the plugin package linked is `plugin` (default: the workspace's). */
export function fixtureProject(files: Record<string, string>, plugin = join(PACKAGES, "ts-plugin")): FixtureProject {
  const dir = mkdtempSync(join(tmpdir(), "sagepipe-ts-plugin-"));
  const link = (name: string, target: string) => {
    mkdirSync(dirname(join(dir, "node_modules", name)), { recursive: true });
    symlinkSync(target, join(dir, "node_modules", name), "dir");
  };
  link("@sagepipe/core", join(PACKAGES, "core"));
  link("@sagepipe/ts-plugin", plugin);
  const all: Record<string, string> = { "package.json": JSON.stringify({ name: "fixture", type: "module" }), "tsconfig.json": JSON.stringify(TSCONFIG, null, 2), ...files };
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  for (const [name, text] of Object.entries(all)) write(name, text);
  return { dir, file: (name) => join(dir, name), write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
