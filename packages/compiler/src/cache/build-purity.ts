// Whether a pipeline's result is a function of its files alone, which is what lets a warm build
// reuse the previous result (./warm-build.ts). Read from the source text, conservatively: the
// files import only each other and sagepipe, and name none of the ways a program reads the
// world (the environment, the clock, randomness, the file system, the network, other modules
// loaded at run time). A method named `process()` is fine (`this.process()`); `process.env` is not.

/** Module names a pure pipeline may import: relative files and sagepipe's own packages. */
const PURE_IMPORT = /^(\.{1,2}\/|@sagepipe\/|sagepipe$)/;

/**
 * Reads of the world, not as a member (`this.process()` is fine): a global's members
 * (`process.env`, `globalThis.x`), the clock and randomness, calls that load or fetch, and
 * `import()`/`import.meta`.
 */
const WORLD = /(?<![.\w$])(?:(?:process|globalThis|global|crypto|performance|Deno|Bun)\s*[.[]|(?:Date|Math\s*\.\s*random)\b|(?:require|fetch|eval|Function)\s*\(|import\s*(?:\(|\.\s*meta))/;

const IMPORT_FROM = /\b(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g;

/** Why a file's result may depend on more than its files, or undefined when it cannot. */
export function impurity(text: string): string | undefined {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
  for (const m of code.matchAll(IMPORT_FROM)) {
    const from = m[1] ?? m[2]!;
    if (!PURE_IMPORT.test(from)) return `imports ${from}`;
  }
  const world = WORLD.exec(code.replace(IMPORT_FROM, ""));
  return world ? `uses ${world[0].replace(/[\s.[(]+$/, "")}` : undefined;
}
