import type { ts } from "ts-morph";
import { STEP_DECORATOR_NAMES } from "@sagepipe/expressions";
import { typescript } from "./typescript.ts";
import type { HelperFact, LiteralFact, ParameterFact, PipelineFact, StepFact } from "./facts.ts";
import { walkMethod, type MethodWalk } from "./method-body.ts";
import { classShape } from "./class-shape.ts";
import type { ParsedFile } from "./source-files.ts";
import { spanOf } from "./spans.ts";
import { decoratorName, decoratorOptions, decorators, property, stringLiteral } from "./syntax.ts";

/** Decorators that make a method a step (from the step-kind table). */
export const STEP_DECORATORS: ReadonlySet<string> = STEP_DECORATOR_NAMES;

const PARAM_TYPES: Record<string, ParameterFact["type"]> = { string: "String", integer: "Integer", float: "Float", boolean: "Boolean" };

/** A class declaration with the file it is in. */
export interface ClassAt {
  readonly node: ts.ClassDeclaration;
  readonly file: ParsedFile;
}

function literal(e: ts.Expression | undefined, file: ts.SourceFile): LiteralFact | undefined {
  const value = stringLiteral(e);
  return value !== undefined && e ? { value, span: spanOf(e, file) } : undefined;
}

function parameterOf(member: ts.PropertyDeclaration, file: ts.SourceFile): ParameterFact | undefined {
  const ts = typescript();
  const init = member.initializer;
  if (!init || !ts.isCallExpression(init) || !ts.isPropertyAccessExpression(init.expression)) return undefined;
  const callee = init.expression;
  const type = PARAM_TYPES[callee.name.text];
  if (!type || !ts.isIdentifier(callee.expression) || callee.expression.text !== "param") return undefined;
  const name = literal(init.arguments[0], file);
  const field = ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name) ? member.name.text : member.name.getText(file);
  return { field, type, span: spanOf(member, file), ...(name ? { name } : {}) };
}

/** The class and its base classes (found by name among the loaded files), base first. */
export function classChain(start: ClassAt, classes: ReadonlyMap<string, ClassAt>): ClassAt[] {
  const ts = typescript();
  const chain: ClassAt[] = [start];
  for (let cur = start; ; ) {
    const ext = cur.node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    const base = ext && ts.isIdentifier(ext) ? classes.get(ext.text) : undefined;
    if (!base || chain.includes(base)) break;
    chain.unshift(base);
    cur = base;
  }
  return chain;
}

/** Facts of one `@Pipeline` class, with its base classes' steps and parameters. */
export function extractPipelineClass(target: ClassAt, pipelineDecorator: ts.Decorator, classes: ReadonlyMap<string, ClassAt>, pipelineClasses: ReadonlySet<string> = new Set()): PipelineFact {
  const ts = typescript();
  const chain = classChain(target, classes);
  const parameters = new Map<string, ParameterFact>();
  const steps = new Map<string, StepFact>();
  const helpers = new Map<string, HelperFact>();
  const methods = new Map<string, { node: ts.MethodDeclaration; file: ts.SourceFile; step?: StepFact }>();
  for (const { node, file } of chain) {
    const className = node.name?.text ?? "(anonymous)";
    for (const member of node.members) {
      if (ts.isPropertyDeclaration(member)) {
        const p = parameterOf(member, file.ast);
        if (p) parameters.set(p.field, p);
      } else if (ts.isMethodDeclaration(member) && member.body) {
        const method = member.name.getText(file.ast);
        const deco = decorators(member).find((d) => STEP_DECORATORS.has(decoratorName(d) ?? ""));
        steps.delete(method);
        helpers.delete(method);
        if (deco) {
          const name = literal(property(decoratorOptions(deco) ?? ts.factory.createObjectLiteralExpression(), "name"), file.ast);
          const step: StepFact = { method, decorator: decoratorName(deco)!, span: spanOf(member.name, file.ast), declaredIn: className, ...(name ? { name } : {}) };
          steps.set(method, step);
          methods.set(method, { node: member, file: file.ast, step });
        } else {
          helpers.set(method, { method, span: spanOf(member.name, file.ast) });
          methods.set(method, { node: member, file: file.ast });
        }
      }
    }
  }
  const walk: MethodWalk = { stepMethods: new Set(steps.keys()), helperMethods: new Set(helpers.keys()), parameterFields: new Set(parameters.keys()) };
  const references: PipelineFact["references"][number][] = [];
  const problems: PipelineFact["problems"][number][] = [];
  const jsonGets: PipelineFact["jsonGets"][number][] = [];
  const parameterUses: Record<string, number> = {};
  for (const [method, m] of methods) {
    const r = walkMethod(method, m.node, m.file, walk);
    references.push(...r.references);
    problems.push(...r.problems);
    jsonGets.push(...r.jsonGets);
    for (const f of r.parameterUses) parameterUses[f] = (parameterUses[f] ?? 0) + 1;
    if (m.step) steps.set(method, { ...m.step, ...r.stepDetails });
  }
  for (const { node, file } of chain) {
    for (const member of node.members) {
      if (!ts.isMethodDeclaration(member)) continue;
      const deco = decorators(member).find((d) => STEP_DECORATORS.has(decoratorName(d) ?? ""));
      const dependsOn = deco && property(decoratorOptions(deco) ?? ts.factory.createObjectLiteralExpression(), "dependsOn");
      if (dependsOn) references.push(...walkDependsOn(member.name.getText(file.ast), dependsOn, file.ast));
    }
  }
  const opts = decoratorOptions(pipelineDecorator);
  for (const field of selfFieldsUsed(opts, target.file.ast)) if (parameters.has(field)) parameterUses[field] = (parameterUses[field] ?? 0) + 1;
  const name = opts ? literal(property(opts, "name"), target.file.ast) : undefined;
  const exported = (ts.getCombinedModifierFlags(target.node) & ts.ModifierFlags.Export) !== 0;
  return {
    className: target.node.name?.text ?? "(anonymous)",
    file: target.file.path,
    span: spanOf(target.node.name ?? target.node, target.file.ast),
    exported,
    ...(name ? { name } : {}),
    parameters: [...parameters.values()],
    steps: [...steps.values()],
    helpers: [...helpers.values()],
    references,
    problems,
    jsonGets,
    parameterUses,
    shape: classShape(chain, (n) => STEP_DECORATORS.has(n), pipelineClasses),
  };
}

/** `dependsOn: (self) => [self.process, self.train()]` -> depends-on references. */
function walkDependsOn(method: string, e: ts.Expression, file: ts.SourceFile): PipelineFact["references"][number][] {
  const ts = typescript();
  if (!ts.isArrowFunction(e) && !ts.isFunctionExpression(e)) return [];
  const self = e.parameters[0]?.name;
  if (!self || !ts.isIdentifier(self)) return [];
  const out: PipelineFact["references"][number][] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === self.text) {
      out.push({ from: method, to: n.name.text, kind: "dependsOn", span: spanOf(n, file) });
    }
    ts.forEachChild(n, visit);
  };
  visit(e.body);
  return out;
}

/** Fields read as `self.<field>` in the functions of `@Pipeline<C>({ experimentConfig: (self) => ... })`. */
function selfFieldsUsed(opts: ts.ObjectLiteralExpression | undefined, file: ts.SourceFile): string[] {
  const ts = typescript();
  const out: string[] = [];
  for (const prop of opts?.properties ?? []) {
    const fn = ts.isPropertyAssignment(prop) ? prop.initializer : undefined;
    if (!fn || (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn))) continue;
    const self = fn.parameters[0]?.name;
    if (!self || !ts.isIdentifier(self)) continue;
    const visit = (n: ts.Node): void => {
      if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === self.text) out.push(n.name.getText(file));
      ts.forEachChild(n, visit);
    };
    visit(fn.body);
  }
  return out;
}
