import type { ts } from "ts-morph";
import { decorate } from "./language-service.ts";
import { ProgramChecks } from "./program-checks.ts";

/**
 * The plugin factory tsserver calls with its own `typescript` module: every tree the plugin
 * reads was made by that copy, so the plugin reads them with it (`modules.typescript`), never
 * with a TypeScript of its own.
 */
export function init(modules: { typescript: typeof ts }): ts.server.PluginModule {
  const api = modules.typescript;
  return {
    create(info: ts.server.PluginCreateInfo): ts.LanguageService {
      const logger = info.project.projectService.logger;
      const log = (message: string) => logger.info(message);
      log("sagepipe: plugin loaded");
      return decorate(api, info.languageService, new ProgramChecks(api), { log, timings: logger.hasLevel(api.server.LogLevel.verbose) });
    },
  };
}
