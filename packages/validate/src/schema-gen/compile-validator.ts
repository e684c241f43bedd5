// Compiles the definition schema with ajv (strict mode, all errors, discriminators) into
// standalone ES module code, so validation at run time loads a module instead of compiling.
import { Ajv, type Options } from "ajv";
import standalone from "ajv/dist/standalone/index.js";

/** The ajv options the checked-in validator is compiled with. */
export const AJV_OPTIONS: Options = {
  strict: true,
  allErrors: true,
  discriminator: true,
  allowUnionTypes: true,
  messages: false,
  inlineRefs: false,
  code: { source: true, esm: true, optimize: true },
};

type StandaloneCode = (ajv: Ajv, refsOrFunc: unknown) => string;

/** ES module source exporting `validate` for `schema`. */
export function compileStandaloneValidator(schema: object, header: string): string {
  const ajv = new Ajv(AJV_OPTIONS);
  const validate = ajv.compile(schema);
  // ajv ships CommonJS: its default export is the function or a module holding it, by loader.
  const module = standalone as unknown as { default?: StandaloneCode } & StandaloneCode;
  const generate: StandaloneCode = module.default ?? module;
  const code = generate(ajv, validate);
  // ajv's ESM output still loads its runtime helpers with require(); give the module one.
  const prelude = [header, 'import { createRequire } from "node:module";', "const require = createRequire(import.meta.url);"];
  return `${prelude.join("\n")}\n${code}\n`;
}
