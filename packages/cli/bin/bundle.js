// The sagepipe command's own code as one prebuilt bundle, kept fresh like `make` does.
//
// Our packages are TypeScript, run through tsx. Under tsx every module costs a round trip to
// its loader thread (~1.4 ms of CPU each, ~170 modules for a build): more than half of a warm
// `sagepipe build`. So the bin loads them from an esbuild bundle instead (a few large plain
// ES modules, no loader hooks), made on first use and remade when any file it was made from
// changed. This file is plain JavaScript because it runs before tsx is registered.
//
// Layout, under the cache folder (see bundleDir): manifest.json, naming the current bundle
// folder, the bundle's entry modules and every file the bundle depends on with its size and
// modification time; and the bundle folders themselves, each written in full before the
// manifest (replaced by a rename) points at it. A process that finds the manifest fresh
// imports from the folder it names (every module it needs, as it starts); a folder the
// manifest no longer names is removed ten minutes after it was made.
//
// SAGEPIPE_BUNDLE=off (or SAGEPIPE_DEBUG, so that stacks point at our sources) turns it off;
// SAGEPIPE_BUNDLE_DIR moves it. When the folder cannot be written, or esbuild is missing, the
// command runs from the sources as before: the bundle only ever costs or saves time.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const CLI_DIR = fileURLToPath(new URL("..", import.meta.url));
const FORMAT = 1;
/** A bundle folder no manifest names is removed after this long (a process may still load from it). */
const STALE_FOLDER_MS = 10 * 60 * 1000;

/**
 * Where the bundle lives: the CLI package's node_modules/.cache, or a folder of this
 * installation's own (named after its path) in SAGEPIPE_BUNDLE_DIR, which several
 * installations or checkouts may share.
 */
export function bundleDir(env = process.env) {
  if (!env.SAGEPIPE_BUNDLE_DIR) return join(CLI_DIR, "node_modules", ".cache", "sagepipe-bundle");
  return join(resolve(env.SAGEPIPE_BUNDLE_DIR), createHash("sha256").update(CLI_DIR).digest("hex").slice(0, 12));
}

/** Whether this process should use the bundle at all. */
export function bundleEnabled(env = process.env) {
  // The same words turn it off as turn off SAGEPIPE_CACHE (the compiler's cachesTurnedOff).
  return !/^(0|off|false|no)$/i.test(env.SAGEPIPE_BUNDLE ?? "") && !env.SAGEPIPE_DEBUG;
}

/**
 * The fresh bundle in `dir`, or undefined when there is none (missing, damaged, another
 * format, or a file it was made from changed, appeared or vanished).
 * @returns {{ main: string, redirects: Record<string, string> } | undefined} file URLs: the
 *   CLI's main module, and for each package entry source the bundle module that replaces it.
 */
export function freshBundle(dir = bundleDir()) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
  } catch {
    return undefined;
  }
  const wellFormed =
    manifest?.format === FORMAT && manifest.cli === CLI_DIR && Array.isArray(manifest.inputs) && typeof manifest.folder === "string" &&
    typeof manifest.main === "string" && typeof manifest.entries === "object" && manifest.entries !== null;
  if (!wellFormed) return undefined;
  for (const input of manifest.inputs) {
    if (!Array.isArray(input)) return undefined;
    const [file, size, mtimeMs] = input;
    try {
      const s = statSync(file);
      if (s.size !== size || s.mtimeMs !== mtimeMs) return undefined;
    } catch {
      return undefined;
    }
  }
  const folder = join(dir, manifest.folder);
  const url = (name) => pathToFileURL(join(folder, name)).href;
  const redirects = {};
  for (const [source, name] of Object.entries(manifest.entries)) redirects[pathToFileURL(source).href] = url(name);
  return { main: url(manifest.main), redirects };
}

/**
 * Makes a fresh bundle in `dir` and returns it as freshBundle does; undefined when it cannot
 * (no esbuild, an unwritable folder, a file esbuild cannot read): the caller then runs the
 * sources. Safe to run in several processes at once: each writes its own folder, and the
 * manifest is replaced by a rename.
 */
export async function makeBundle(dir = bundleDir()) {
  try {
    const { build, version } = await import("esbuild");
    const packageFiles = new Set();
    const entries = packageEntries(packageFiles);
    const folderName = `b-${process.pid}-${Date.now().toString(36)}`;
    const folder = join(dir, folderName);
    mkdirSync(dir, { recursive: true });
    /** Files outside our packages the bundle imports by absolute path: they must stay put. */
    const externals = new Set();
    const result = await build({
      entryPoints: { main: join(CLI_DIR, "src", "main.ts"), ...Object.fromEntries(entries) },
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      outdir: folder,
      outExtension: { ".js": ".mjs" },
      metafile: true,
      logLevel: "silent",
      absWorkingDir: CLI_DIR,
      plugins: [sourcesAsTheyAre(externals)],
    });
    // Besides the sources: this file, the package.json files that named the entries, the
    // tsconfig.json esbuild read, and every external the bundle imports by path.
    const inputs = [
      fileURLToPath(import.meta.url),
      ...Object.keys(result.metafile.inputs).map((f) => resolve(CLI_DIR, f)),
      ...packageFiles,
      ...nearestTsconfig(CLI_DIR),
      ...externals,
    ];
    const manifest = {
      format: FORMAT,
      esbuild: version,
      cli: CLI_DIR,
      folder: folderName,
      main: "main.mjs",
      entries: Object.fromEntries(entries.map(([name, source]) => [source, `${name}.mjs`])),
      inputs: [...new Set(inputs)].sort().map((file) => {
        const s = statSync(file);
        return [file, s.size, s.mtimeMs];
      }),
    };
    const temp = join(dir, `manifest.json.${process.pid}.tmp`);
    writeFileSync(temp, JSON.stringify(manifest) + "\n");
    renameSync(temp, join(dir, "manifest.json"));
    removeOldFolders(dir, folderName);
    return freshBundle(dir);
  } catch {
    return undefined;
  }
}

/**
 * The esbuild plugin that keeps each source file's meaning in the bundle: `import.meta.url`
 * stays the URL of the file it is written in (our packages find files beside their sources
 * with it), and packages outside the workspace are not bundled but imported from where they
 * resolve now, by file URL (the bundle's folder has no node_modules to find them from).
 */
function sourcesAsTheyAre(externals) {
  return {
    name: "sagepipe-sources-as-they-are",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === "inner" || args.path.startsWith("@sagepipe/") || args.path.startsWith("node:")) return undefined;
        const found = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: "inner" });
        if (found.errors.length > 0) return { errors: found.errors };
        if (!isAbsolute(found.path)) return { path: args.path, external: true }; // a Node built-in without `node:`
        externals.add(found.path);
        return { path: pathToFileURL(found.path).href, external: true };
      });
      b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
        const text = readFileSync(args.path, "utf8").replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href));
        return { contents: text, loader: /\.[cm]?ts$/.test(args.path) ? "ts" : "js" };
      });
    },
  };
}

/**
 * [name, entry source] of every @sagepipe package the CLI depends on, directly or not: each
 * becomes a bundle module, so a user's `import "@sagepipe/core"` can be sent to the same
 * module instance the compiler uses.
 */
function packageEntries(packageFiles) {
  const found = new Map();
  const visit = (pkgDir) => {
    packageFiles.add(join(pkgDir, "package.json"));
    const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
    for (const dep of Object.keys(pkg.dependencies ?? {})) {
      if (!dep.startsWith("@sagepipe/") || found.has(dep)) continue;
      const depDir = installedPackage(pkgDir, dep);
      const depPkg = JSON.parse(readFileSync(join(depDir, "package.json"), "utf8"));
      const main = typeof depPkg.exports === "string" ? depPkg.exports : depPkg.exports?.["."];
      if (typeof main !== "string") continue;
      found.set(dep, join(depDir, main));
      visit(depDir);
    }
  };
  visit(CLI_DIR);
  return [...found].map(([dep, source]) => [dep.slice("@sagepipe/".length), source]).sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The tsconfig.json esbuild applies to our sources (the nearest above them), if any. */
function nearestTsconfig(fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "tsconfig.json"))) return [join(dir, "tsconfig.json")];
    if (dirname(dir) === dir) return [];
  }
}

/** The folder of package `name` as Node would find it from `fromDir` (symlinks resolved). */
function installedPackage(fromDir, name) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(dir) === dir) throw new Error(`cannot find ${name} from ${fromDir}`);
  }
}

function removeOldFolders(dir, keep) {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith("b-") || name === keep) continue;
    try {
      if (Date.now() - statSync(join(dir, name)).mtimeMs > STALE_FOLDER_MS) rmSync(join(dir, name), { recursive: true, force: true });
    } catch {
      // Another process removed it first.
    }
  }
}
