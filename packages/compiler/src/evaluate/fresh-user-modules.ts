import { register } from "node:module";

/**
 * Module hooks (off the main thread, as a `data:` module so they need no file of their own in
 * a package): an import made from a module whose URL carries `?sagepipe-rev=N`, by a relative
 * or absolute path, resolves with the same query when it lands outside node_modules. A rebuild
 * in one process (a watch) imports the entry as `pipeline.ts?sagepipe-rev=N` and gets a fresh
 * instance of it and of every file of the user's it imports by path, while packages imported by
 * name (`@sagepipe/core`, the user's dependencies) are the instances already loaded: the user's
 * steps are built with the very classes the compiler checks against, and nothing is loaded twice.
 */
const HOOKS = `
const REV = /[?&]sagepipe-rev=(\\d+)/;
export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  const parent = context.parentURL;
  if (!parent || !resolved.url.startsWith("file:") || resolved.url.includes("/node_modules/")) return resolved;
  if (!(specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("file:"))) return resolved;
  const rev = REV.exec(parent);
  if (!rev) return resolved;
  const url = new URL(resolved.url);
  url.searchParams.set("sagepipe-rev", rev[1]);
  return { ...resolved, url: url.href };
}
`;

let registered = false;
let rev = 0;

/** The URL to import for a fresh instance of the user's module at `url` (registers the hooks once). */
export function freshUserModuleUrl(url: string): string {
  if (!registered) {
    register(`data:text/javascript,${encodeURIComponent(HOOKS)}`);
    registered = true;
  }
  return `${url}${url.includes("?") ? "&" : "?"}sagepipe-rev=${++rev}`;
}
