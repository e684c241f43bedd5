import { existsSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { describePipelineDefinition } from "@sagepipe/aws";
import { importDefinition } from "@sagepipe/compiler";
import { writeFileAtomically } from "@sagepipe/core";
import { parseCommandArgs } from "../args.ts";
import { AWS_FLAGS, AWS_FLAGS_USAGE, awsOptionsFrom, connectToAws, type Connect } from "../aws/connect.ts";
import { UsageError, type Command } from "../command.ts";
import { fetchCode, FetchCodeError, readTexts } from "../import/fetch-code.ts";
import { readDefinitionFile } from "../read-definition-file.ts";

/** The --fetch-code folder as the class's code paths start (relative to the class's folder, `/`-separated). */
function codeDirAsWritten(dir: string, from: string): string {
  const rel = relative(from, dir).split(sep).join("/");
  return rel === "" ? "." : rel;
}

const usage = `usage: sagepipe import <definition.json> [--out pipeline.ts] [--class Name] [--name PipelineName] [--fetch-code <dir>] [--force]
       sagepipe import --pipeline <name> [--version N] [--out pipeline.ts] [--class Name] [--force] [AWS options]

Reads a pipeline definition (the SageMaker Python SDK's pipeline.definition(), a deployed
pipeline's, or hand-written), validates it as \`sagepipe validate\` does, and writes a
TypeScript file holding one @Pipeline class: parameters as typed fields, one decorated method
per step, references between steps as method calls. \`sagepipe build\` on that file gives the
definition back. Code already in S3 stays an S3 URI. A step whose arguments no helper
reproduces is kept verbatim (verbatimStep), with a comment and a warning saying why. See
docs/import.md.

Options:
  --out <file>      where to write the class (default pipeline.ts; "-" prints it)
  --class <Name>    the class's name (default: the pipeline name in PascalCase)
  --name <name>     the pipeline's name, which a definition does not hold (default: the one its
                    default output locations or code locations use, else the file's name;
                    with --pipeline, that pipeline's name)
  --force           overwrite --out when it exists
  --pipeline <name> read the definition of this deployed pipeline (DescribePipeline), instead
                    of a file; a definition deployed from S3 is read the same way
  --version <N>     with --pipeline: that version of the pipeline (default: the latest)
  --fetch-code <dir> download the code the steps read from S3 (a processing script, a
                    training or framework processor source bundle, unpacked, a quality
                    check's scripts) into <dir>/<method>/ and refer to it as
                    local code, which build uploads again (to a content-hashed location)

${AWS_FLAGS_USAGE}

Exit codes: 0 written, 1 the definition cannot be imported or the pipeline cannot be read
(nothing written), 2 unreadable file or bad usage.`;

/** Where the definition comes from: its text and how messages name it. */
interface Source {
  readonly text: string;
  readonly shown: string;
  readonly pipelineName?: string;
}

/** `sagepipe import`, with its AWS clients from `connect` (tests pass stubbed ones). */
export function importCommandFor(connect: Connect): Command {
  return {
    name: "import",
    summary: "Write a sagepipe class from an existing pipeline definition JSON (build gives the JSON back)",
    usage,
    async run(args, io) {
      const { values, positionals } = parseCommandArgs("import", args, {
        out: { type: "string", default: "pipeline.ts" },
        class: { type: "string" },
        name: { type: "string" },
        force: { type: "boolean" },
        pipeline: { type: "string" },
        version: { type: "string" },
        "fetch-code": { type: "string" },
        ...AWS_FLAGS,
      });
      const className = values.class;
      if (className !== undefined && !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(className)) {
        throw new UsageError(`sagepipe import: --class must be a TypeScript class name (letters, digits, _ and $, not starting with a digit), not '${className}'.`);
      }
      const live = values.pipeline !== undefined;
      if (live ? positionals.length > 0 : positionals.length !== 1) {
        throw new UsageError(live
          ? `sagepipe import: give either a definition file or --pipeline <name>, not both (got '${positionals.join(" ")}').`
          : "sagepipe import: expected one definition file, or --pipeline <name>.");
      }
      if (!live && values.version !== undefined) throw new UsageError("sagepipe import: --version goes with --pipeline <name>.");
      if (!live && values["fetch-code"] === undefined && (values.region !== undefined || values.profile !== undefined || values["endpoint-url"] !== undefined)) {
        throw new UsageError("sagepipe import: --region, --profile and --endpoint-url go with --pipeline <name> or --fetch-code <dir>.");
      }
      const version = values.version === undefined ? undefined : Number(values.version);
      if (version !== undefined && !(Number.isInteger(version) && version >= 1 && /^\d+$/.test(values.version!))) {
        throw new UsageError(`sagepipe import: --version must be a pipeline version number (1, 2, ...), not '${values.version}'.`);
      }
      // A file that cannot be read is reported before anything else about the output.
      const path = live ? undefined : resolve(io.cwd, positionals[0]!);
      const fileSource: Source | undefined = path ? { text: readDefinitionFile(path, relative(io.cwd, path) || path, "import"), shown: relative(io.cwd, path) || path } : undefined;
      const out = values.out === "-" ? undefined : resolve(io.cwd, values.out);
      if (out && existsSync(out) && !values.force) {
        throw new UsageError(`sagepipe import: ${relative(io.cwd, out) || out} exists; nothing was written. Pass --out <another file>, or --force to overwrite it.`);
      }
      let source: Source;
      if (live) {
        const name = values.pipeline!;
        const clients = connect(awsOptionsFrom(values, io));
        const described = await describePipelineDefinition(clients.sagemaker, name, version);
        source = { text: described.definition, shown: `pipeline ${described.name}${version !== undefined ? ` version ${version}` : ""}`, pipelineName: described.name };
      } else {
        source = fileSource!;
      }
      const pipelineName = values.name ?? source.pipelineName;
      const codeDir = values["fetch-code"] === undefined ? undefined : resolve(io.cwd, values["fetch-code"]);
      const fetchCodeOption = codeDir ? { fetchCode: { dir: codeDirAsWritten(codeDir, out ? dirname(out) : io.cwd) } } : {};
      const importOptions = { file: source.shown, ...(className ? { className } : {}), ...(pipelineName ? { pipelineName } : {}) };
      let result = importDefinition(source.text, { ...importOptions, ...fetchCodeOption });
      if (codeDir && result.ok && result.reads.length) {
        // A framework processor's launcher names its script: read, then import again knowing it.
        const texts = await readTexts(connect(awsOptionsFrom(values, io)).s3, result.reads);
        result = importDefinition(source.text, { ...importOptions, fetchCode: { ...fetchCodeOption.fetchCode!, texts } });
      }
      if (!result.ok) {
        io.err(result.error);
        return 1;
      }
      if (codeDir && result.fetches.length) {
        try {
          await fetchCode(connect(awsOptionsFrom(values, io)).s3, result.fetches, codeDir, values.force === true);
        } catch (e) {
          if (!(e instanceof FetchCodeError)) throw e;
          io.err(`sagepipe import: ${e.message}`);
          return 1;
        }
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
}

/** `sagepipe import`, reaching AWS with the real clients. */
export const importCommand = importCommandFor(connectToAws);
