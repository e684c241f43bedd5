import { join } from "node:path";
import type { TypeCheckServerUse } from "@sagepipe/compiler";
import { cliPackageDir } from "./own-package.ts";

/**
 * Whether and how `sagepipe build` uses the type-check server: on by default; off with
 * `--no-server`, with `SAGEPIPE_TYPECHECK_SERVER=off` (or 0, false, no), and when `CI` is set
 * (a CI machine builds once: a server would only be left behind), unless
 * `SAGEPIPE_TYPECHECK_SERVER=on` says otherwise.
 */
export function typecheckServerUse(env: NodeJS.ProcessEnv, noServer: boolean | undefined): TypeCheckServerUse | undefined {
  if (noServer) return undefined;
  const said = env.SAGEPIPE_TYPECHECK_SERVER ?? "";
  if (/^(0|off|false|no)$/i.test(said)) return undefined;
  const ci = env.CI !== undefined && !/^(|0|false|no)$/i.test(env.CI);
  if (ci && !/^(1|on|true|yes)$/i.test(said)) return undefined;
  return { command: [process.execPath, join(cliPackageDir(), "bin", "sagepipe.js"), "server", "run"] };
}
