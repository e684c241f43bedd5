// Splits one service's generated declarations into modules of a readable size: one per group of
// roots (a step kind's request and the responses its properties come from), holding the shapes
// only that group reaches, and `shared`, holding the shapes two or more groups reach. An index
// module re-exports them all, so `aws-types/<service>.ts` is still the one module importers name.
// Shared shapes reach only shared shapes (whatever a shared shape reaches, two groups reach
// too), so a group's module imports from `shared` alone, and `shared` imports nothing.
import { join } from "node:path";
import { typeModule, type TypeDeclaration } from "./type-declarations.ts";

/** The module of shapes that more than one group reaches. */
export const SHARED_MODULE = "shared";

/** One module's path (relative to the types folder) and text. */
export interface TypeModuleFile {
  readonly path: string;
  readonly contents: string;
}

/** Every name reached from `roots` through `uses` (the roots included). */
function reach(roots: readonly string[], byName: ReadonlyMap<string, TypeDeclaration>): Set<string> {
  const seen = new Set<string>();
  const pending = [...roots];
  while (pending.length) {
    const name = pending.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    pending.push(...(byName.get(name)?.uses ?? []));
  }
  return seen;
}

/** Which module each declaration belongs in: its one group's, or SHARED_MODULE. */
export function moduleOf(declarations: readonly TypeDeclaration[], groups: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const byName = new Map(declarations.map((d) => [d.name, d]));
  const reached = Object.entries(groups).map(([group, roots]) => [group, reach(roots, byName)] as const);
  const owner = new Map<string, string>();
  for (const { name } of declarations) {
    const owners = reached.filter(([, names]) => names.has(name)).map(([group]) => group);
    owner.set(name, owners.length === 1 ? owners[0]! : SHARED_MODULE);
  }
  return owner;
}

/**
 * `<service>.ts`, re-exporting `<service>/<group>.ts` for each group (in the order given) and
 * `<service>/shared.ts`. `header` opens every module; the index says it only re-exports.
 */
export function groupedTypeModules(service: string, declarations: readonly TypeDeclaration[], groups: Readonly<Record<string, readonly string[]>>, header: string): TypeModuleFile[] {
  if (SHARED_MODULE in groups) throw new Error(`gen-schema: "${SHARED_MODULE}" is the module of shapes several groups reach; name the group otherwise`);
  const owner = moduleOf(declarations, groups);
  const modules = [...Object.keys(groups), SHARED_MODULE];
  const files = modules.map((module) => {
    const own = declarations.filter((d) => owner.get(d.name) === module);
    const shared = [...new Set(own.flatMap((d) => d.uses))].filter((name) => owner.get(name) === SHARED_MODULE && module !== SHARED_MODULE).sort();
    const imports = [{ from: `./${SHARED_MODULE}.ts`, names: shared }];
    return { path: join(service, `${module}.ts`), contents: typeModule(header, own, imports) };
  });
  const index = modules.map((module) => `export * from "./${service}/${module}.ts";`).join("\n");
  return [{ path: `${service}.ts`, contents: `${header}\n// The shapes are in ${service}/, one module per group of steps and ${SHARED_MODULE}.ts for those several use.\n\n${index}\n` }, ...files];
}
