// Node module hooks (registered with module.register by the sagepipe bin when it runs from
// its bundle, see bundle.js): a user's pipeline that imports one of our packages gets the
// bundle's module, the very instance the compiler uses, instead of a second copy of the
// package loaded from its TypeScript sources. Only imports that would have resolved to a
// package's entry source are sent elsewhere; everything else resolves as before.
let redirects = new Map();

/** @param {{ redirects: Record<string, string> }} data entry source URL -> bundle module URL */
export function initialize(data) {
  redirects = new Map(Object.entries(data.redirects));
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  const to = redirects.get(resolved.url);
  return to === undefined ? resolved : { url: to, format: "module", shortCircuit: true };
}
