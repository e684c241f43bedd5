import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { importDefinition } from "@sagepipe/compiler";
import { writeFileAtomically } from "@sagepipe/core";
import { onePositional, parseCommandArgs } from "../args.ts";
import { UsageError, type Command } from "../command.ts";
import { readDefinitionFile } from "../read-definition-file.ts";

/** `sagepipe import`: a pipeline definition (JSON) -> a sagepipe class that builds it back. */
export const importCommand: Command = {
  name: "import",
  summary: "Write a sagepipe class from an existing pipeline definition JSON (build gives the JSON back)",
  usage: `usage: sagepipe import <definition.json> [--out pipeline.ts] [--class Name] [--name PipelineName] [--force]

Reads a pipeline definition (the SageMaker Python SDK's pipeline.definition(), a deployed
pipeline's, or hand-written), validates it as \`sagepipe validate\` does, and writes a
TypeScript file holding one @Pipeline class: parameters as typed fields, one decorated method
per step, references between steps as method calls. \`sagepipe build\` on that file gives the
definition back. Code already in S3 stays an S3 URI. See docs/import.md.

Options:
  --out <file>      where to write the class (default pipeline.ts; "-" prints it)
  --class <Name>    the class's name (default: the pipeline name in PascalCase)
  --name <name>     the pipeline's name, which a definition does not hold (default: the one its
                    default output locations or code locations use, else the file's name)
  --force           overwrite --out when it exists

Exit codes: 0 written, 1 the definition cannot be imported (nothing written), 2 unreadable
file or bad usage.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("import", args, {
      out: { type: "string", default: "pipeline.ts" },
      class: { type: "string" },
      name: { type: "string" },
      force: { type: "boolean" },
    });
    const path = resolve(io.cwd, onePositional("import", positionals, "one definition file"));
    const shown = relative(io.cwd, path) || path;
    const className = values.class;
    if (className !== undefined && !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(className)) {
      throw new UsageError(`sagepipe import: --class must be a TypeScript class name (letters, digits, _ and $, not starting with a digit), not '${className}'.`);
    }
    const text = readDefinitionFile(path, shown, "import");
    const out = values.out === "-" ? undefined : resolve(io.cwd, values.out);
    if (out && existsSync(out) && !values.force) {
      throw new UsageError(`sagepipe import: ${relative(io.cwd, out) || out} exists; nothing was written. Pass --out <another file>, or --force to overwrite it.`);
    }
    const result = importDefinition(text, { file: shown, ...(className ? { className } : {}), ...(values.name ? { pipelineName: values.name } : {}) });
    if (!result.ok) {
      io.err(result.error);
      return 1;
    }
    for (const w of result.warnings) io.err(`warning: ${w}`);
    if (!out) {
      io.out(result.source.trimEnd());
      return 0;
    }
    writeFileAtomically(out, result.source);
    const file = relative(io.cwd, out) || out;
    io.out(`imported ${result.pipelineName} -> ${file} (class ${result.className}); build it with: sagepipe build ${file}`);
    return 0;
  },
};
