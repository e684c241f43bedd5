import { link, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { JsonObject } from "../definition/definition-types.ts";
import { writeFileAtomic } from "../util/fs-helpers.ts";

/** A model created by a Model step, as the local registry keeps it. */
export interface LocalModel {
  readonly ModelName: string;
  readonly ModelArn: string;
  /** The step's resolved arguments (PrimaryContainer or Containers, ExecutionRoleArn, ...). */
  readonly Arguments: JsonObject;
  readonly PipelineName: string;
  readonly RunId: string;
  readonly StepName: string;
  readonly CreationTime: string;
}

/** A model package registered by a RegisterModel step. */
export interface LocalModelPackage {
  readonly ModelPackageGroupName: string;
  readonly ModelPackageVersion: number;
  readonly ModelPackageArn: string;
  readonly ModelApprovalStatus: string;
  /** The step's resolved arguments (InferenceSpecification, ModelMetrics, ...). */
  readonly Arguments: JsonObject;
  readonly PipelineName: string;
  readonly RunId: string;
  readonly StepName: string;
  readonly CreationTime: string;
}

/** Local account id and region used in local ARNs. */
export const LOCAL_ARN_PREFIX = "arn:aws:sagemaker:local:000000000000";

function safeName(name: string, what: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,62}$/.test(name)) {
    throw new Error(`${what} '${name}' is not valid: use 1 to 63 letters, digits and hyphens, starting with a letter or digit`);
  }
  return name;
}

async function readJsonDir<T>(dir: string): Promise<T[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith(".json"));
  } catch {
    return [];
  }
  return Promise.all(names.map(async (n) => JSON.parse(await readFile(join(dir, n), "utf8")) as T));
}

/** The local model registry: JSON documents under `<root>/models` and `<root>/model-packages/<group>`. */
export class LocalRegistry {
  constructor(readonly root: string) {}

  /** Records a model; a model of the same name is replaced. */
  async createModel(model: Omit<LocalModel, "ModelArn">): Promise<LocalModel> {
    const name = safeName(model.ModelName, "model name");
    const full: LocalModel = { ...model, ModelArn: `${LOCAL_ARN_PREFIX}:model/${name.toLowerCase()}` };
    await writeFileAtomic(join(this.root, "models", `${name}.json`), JSON.stringify(full, null, 2) + "\n");
    return full;
  }

  /** A recorded model, or undefined. */
  async getModel(name: string): Promise<LocalModel | undefined> {
    try {
      return JSON.parse(await readFile(join(this.root, "models", `${safeName(name, "model name")}.json`), "utf8")) as LocalModel;
    } catch {
      return undefined;
    }
  }

  /** Registers a package as the group's next version (1, 2, ...); safe when runs register at once. */
  async registerModelPackage(
    pkg: Omit<LocalModelPackage, "ModelPackageVersion" | "ModelPackageArn">,
  ): Promise<LocalModelPackage> {
    const group = safeName(pkg.ModelPackageGroupName, "model package group name");
    const dir = join(this.root, "model-packages", group);
    await mkdir(dir, { recursive: true });
    const existing = (await readdir(dir)).map((n) => /^(\d+)\.json$/.exec(n)?.[1]).filter((v): v is string => v !== undefined);
    let version = Math.max(0, ...existing.map(Number)) + 1;
    for (;;) {
      const full: LocalModelPackage = {
        ...pkg,
        ModelPackageVersion: version,
        ModelPackageArn: `${LOCAL_ARN_PREFIX}:model-package/${group.toLowerCase()}/${version}`,
      };
      const temp = join(dir, `.${version}.json.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`);
      await writeFile(temp, JSON.stringify(full, null, 2) + "\n");
      try {
        await link(temp, join(dir, `${version}.json`)); // fails if another run took this version
        return full;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
        version += 1;
      } finally {
        await rm(temp, { force: true });
      }
    }
  }

  /** Every model, oldest first. */
  async listModels(): Promise<LocalModel[]> {
    const models = await readJsonDir<LocalModel>(join(this.root, "models"));
    return models.sort((a, b) => a.CreationTime.localeCompare(b.CreationTime) || a.ModelName.localeCompare(b.ModelName));
  }

  /** Every model package, by group then version. */
  async listModelPackages(): Promise<LocalModelPackage[]> {
    let groups: string[];
    try {
      groups = await readdir(join(this.root, "model-packages"));
    } catch {
      return [];
    }
    const all = (await Promise.all(groups.map((g) => readJsonDir<LocalModelPackage>(join(this.root, "model-packages", g))))).flat();
    return all.sort((a, b) => a.ModelPackageGroupName.localeCompare(b.ModelPackageGroupName) || a.ModelPackageVersion - b.ModelPackageVersion);
  }
}
