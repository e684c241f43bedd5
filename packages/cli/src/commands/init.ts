import { existsSync, statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseCommandArgs } from "../args.ts";
import { UsageError, type Command } from "../command.ts";
import { existingFiles, projectFiles, writeProject } from "../init-project.ts";

export const init: Command = {
  name: "init",
  summary: "Start a new pipeline project in a folder (package.json, tsconfig, a working pipeline.ts)",
  usage: `usage: sagepipe init [dir]

Writes a new sagepipe project into dir (default: the current folder; made if missing):
package.json ("type": "module", scripts build, check and test, sagepipe's packages of this
release), a strict tsconfig.json, pipeline.ts (prepare -> train -> evaluate -> register the
model or fail, with a parameter and a property file), build-pipeline.ts, the jobs' scripts in
code/, .gitignore and README.md. Then: npm install && npm run build.
Refuses to overwrite: if any of these files exists, it names them and writes nothing.
Exit codes: 0 written, 1 a file exists, 2 usage or internal error.`,
  async run(args, io) {
    const { positionals } = parseCommandArgs("init", args, {});
    if (positionals.length > 1) throw new UsageError(`sagepipe init: expected at most one folder, got ${positionals.join(" ")}.\nRun \`sagepipe init --help\`.`);
    const dir = resolve(io.cwd, positionals[0] ?? ".");
    if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`sagepipe init: ${dir} is a file, not a folder. Name a new or existing folder.`);
    const files = projectFiles(dir);
    const clashes = existingFiles(dir, files.keys());
    if (clashes.length) {
      io.err(`sagepipe init: ${clashes.length === 1 ? "this file exists" : "these files exist"} in ${dir}:\n${clashes.map((f) => `  ${f}`).join("\n")}\nNothing was written. Move them away, or run sagepipe init in a new folder.`);
      return 1;
    }
    writeProject(dir, files);
    const where = relative(io.cwd, dir);
    io.out([
      `Created a sagepipe project in ${dir}:`,
      ...[...files.keys()].sort().map((f) => `  ${f}`),
      "",
      "Next:",
      ...(where ? [`  cd ${where}`] : []),
      "  npm install",
      "  npm run build    # writes out/MyPipeline.json",
    ].join("\n"));
    return 0;
  },
};
