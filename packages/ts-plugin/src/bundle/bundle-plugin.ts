// Makes packages/ts-plugin/dist/plugin.cjs, the file an installed @sagepipe/ts-plugin gives
// tsserver: one CommonJS bundle of the plugin and the parts of @sagepipe/compiler (and
// expressions, validate) it uses. tsserver loads plugins with require() and runs on whatever
// Node the editor has (VS Code: Electron's), where require() of an ES module may not exist, so
// the plugin is CommonJS and needs no loader and no other package at run time (it reads
// trees with the `typescript` tsserver gives it). The package's prepack runs it after
// build-package.ts (which leaves this folder out); the tests run `bundleTsPlugin` into a folder of their own.
import { build, type Plugin } from "esbuild";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PLUGIN = fileURLToPath(new URL("../../", import.meta.url));

/**
 * @sagepipe/core and validate reach the bundle through the compiler's index (build evaluates
 * and validates pipelines; the plugin never does). Their modules are marked free of side effects so that
 * esbuild leaves out what nothing uses, among them the require()s of reflect-metadata and ajv,
 * which an installed plugin does not have.
 */
const dslPackagesWithoutSideEffects: Plugin = {
  name: "dsl-packages-without-side-effects",
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === "resolving") return undefined;
      const { path, external, errors } = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: "resolving" });
      if (errors.length || external || !/\/packages\/(core|validate|expressions)\/src\//.test(path)) return undefined;
      return { path, sideEffects: false };
    });
  },
};

/** Bundles the plugin into `outFile` (default: the package's dist/plugin.cjs). */
export async function bundleTsPlugin(outFile = join(PLUGIN, "dist", "plugin.cjs")): Promise<void> {
  await build({
    entryPoints: [join(PLUGIN, "src", "index.ts")],
    outfile: outFile,
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node18",
    // The compiler's modules read import.meta.url (where its caches go); in CommonJS that is the bundle's own file.
    define: { "import.meta.url": "__sagepipeBundleUrl" },
    banner: { js: 'const __sagepipeBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    logLevel: "error",
    plugins: [dslPackagesWithoutSideEffects],
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await bundleTsPlugin();
