import { relative, resolve } from "node:path";
import { formatIssues, issuesToJson, parseJson, validateDefinition } from "@sagepipe/validate";
import { onePositional, parseCommandArgs } from "../args.ts";
import { UsageError, type Command } from "../command.ts";
import { readDefinitionFile } from "../read-definition-file.ts";

/** `sagepipe validate`: checks a definition JSON file with @sagepipe/validate. */
export const validate: Command = {
  name: "validate",
  summary: "Check a pipeline definition JSON (ours, the SDK's, or hand-written)",
  usage: `usage: sagepipe validate <definition.json> [--format text|json]

Checks a SageMaker pipeline definition against a schema derived from the AWS SDK's request
types (step Arguments, enums, required fields) and the rules a schema cannot express: every
Get points at an existing parameter, step property, property file or execution variable;
DependsOn targets exist; no cycles; unique, well-formed names; parameter types fit the
fields they fill. Each mistake is reported once, with its JSON pointer and line:column.

Options:
  --format text|json   text (default) lists problems; json prints {ok, file, diagnostics}
                       (each {code, severity, file, line, column, message, fix, source,
                       pointer, related}, as \`sagepipe build --format json\` prints them).

Exit codes: 0 valid (warnings allowed), 1 invalid (or not JSON), 2 unreadable file or bad usage.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs("validate", args, { format: { type: "string", default: "text" } });
    const format = values.format;
    if (format !== "text" && format !== "json") {
      throw new UsageError(`sagepipe validate: --format must be text or json, not "${format}".\nRun \`sagepipe validate --help\`.`);
    }
    const path = resolve(io.cwd, onePositional("validate", positionals, "one definition file"));
    const shown = relative(io.cwd, path) || path;
    const text = readDefinitionFile(path, shown, "validate");
    const parsed = parseJson(text);
    const issues = parsed.ok ? validateDefinition(parsed.value) : [parsed.issue];
    const ok = !issues.some((i) => i.severity === "error");
    if (format === "json") {
      const diagnostics = issuesToJson(issues, shown, text, parsed.ok ? undefined : parsed.position);
      io.out(JSON.stringify({ ok, file: shown, diagnostics }, null, 2));
    } else if (issues.length) {
      io.err(formatIssues(issues, shown, parsed.ok ? { source: text } : { source: text, at: parsed.position }));
    } else {
      io.out(formatIssues(issues, shown));
    }
    return ok ? 0 : 1;
  },
};
