// Builds one package for its tarball: `pnpm pack` runs it as the package's `prepack`
// script, in the package's folder. It compiles src/ into dist/ (JavaScript, .d.ts and
// source maps, per packages/tsconfig.build.json), then copies the files src/ reads at run
// time beside its modules (e.g. core's repack scripts, validate's generated schema), so a
// `new URL("./x", import.meta.url)` finds the same file in dist/ as in src/.
// Inside the workspace nothing needs dist/: the packages export their sources there, and
// `publishConfig` points the packed package.json at dist/.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const root = join(dirname(new URL(import.meta.url).pathname), "..");
const pkg = process.cwd();
const src = join(pkg, "src");
const dist = join(pkg, "dist");

rmSync(dist, { recursive: true, force: true });
const tsc = spawnSync(join(root, "node_modules/.bin/tsc"), ["-p", "tsconfig.build.json"], { cwd: pkg, stdio: "inherit" });
if (tsc.status !== 0) {
  console.error(`build-package: tsc failed in ${relative(root, pkg)}`);
  process.exit(1);
}

/** Sources, tests and type-level tests are compiled or left out; every other file is data. */
const isData = (name: string) => !name.endsWith(".ts") || name.endsWith(".d.ts");

function copyData(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) copyData(source, join(to, entry.name));
    else if (entry.isFile() && isData(entry.name)) {
      mkdirSync(to, { recursive: true });
      copyFileSync(source, join(to, entry.name));
    }
  }
}
copyData(src, dist);
