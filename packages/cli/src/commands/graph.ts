import { resolve } from "node:path";
import { extractWithCache, toDot, toMermaid } from "@sagepipe/compiler";
import { onePositional, parseCommandArgs } from "../args.ts";
import { UsageError, type Command } from "../command.ts";

export const graph: Command = {
  name: "graph",
  summary: "Print a pipeline's step graph as Mermaid or Graphviz dot (from the source alone)",
  usage: `usage: sagepipe graph <entry.ts> [--format mermaid|dot] [--pipeline Name]

Prints the graph of steps read statically from the source: solid arrows for data, bold for
dependsOn, dashed for condition branches. Runs none of the pipeline's code.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("graph", args, {
      format: { type: "string", default: "mermaid" },
      pipeline: { type: "string" },
    });
    if (values.format !== "mermaid" && values.format !== "dot") throw new UsageError(`sagepipe graph: --format must be mermaid or dot, not '${values.format}'.`);
    const entry = resolve(io.cwd, onePositional("graph", positionals, "one entry file"));
    const { facts } = extractWithCache(entry);
    const pipelines = facts.pipelines.filter((p) => !values.pipeline || p.className === values.pipeline || p.name?.value === values.pipeline);
    if (!pipelines.length) {
      io.err(`sagepipe graph: no @Pipeline class${values.pipeline ? ` named ${values.pipeline}` : ""} in ${entry}.`);
      return 1;
    }
    io.out(pipelines.map((p) => (values.format === "dot" ? toDot(p) : toMermaid(p))).join("\n"));
    return 0;
  },
};
