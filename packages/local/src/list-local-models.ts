import { join, resolve } from "node:path";
import { LocalRegistry, type LocalModel, type LocalModelPackage } from "./registry/local-registry.ts";

/** What the local registry holds. */
export interface LocalModels {
  readonly models: readonly LocalModel[];
  readonly packages: readonly LocalModelPackage[];
}

/** Lists the models and model packages local runs recorded under `<workspace>/registry`. */
export async function listLocalModels(workspace: string): Promise<LocalModels> {
  const registry = new LocalRegistry(join(resolve(workspace), "registry"));
  const [models, packages] = await Promise.all([registry.listModels(), registry.listModelPackages()]);
  return { models, packages };
}
