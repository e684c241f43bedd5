import { EXECUTION_VARIABLE_NAMES } from "@sagepipe/expressions";
import type { ts } from "ts-morph";
import { typescript } from "./typescript.ts";
import type { ShapeFact } from "./facts.ts";
import type { ClassAt } from "./pipeline-class.ts";
import { spanOf } from "./spans.ts";
import { decoratorName, decoratorOptions, decorators, property, stringLiteral, thisMember } from "./syntax.ts";

const TAGS = new Set(["s3", "str"]);
const VARIABLES: ReadonlySet<string> = new Set(EXECUTION_VARIABLE_NAMES);

/**
 * What is wrong with the shape of a pipeline class itself, read from its source: step members
 * that cannot be steps (parameters, async, static, accessors), a constructor that takes
 * arguments, decorators used without `()`, `dependsOn` that is not a function, a step method
 * that returns another step's step, another pipeline's steps, misspelled execution variables
 * and template tags called as functions. Records facts; never throws.
 */
export function classShape(chain: readonly ClassAt[], isStepDecorator: (name: string) => boolean, pipelineClasses: ReadonlySet<string>): ShapeFact[] {
  const ts = typescript();
  const out: ShapeFact[] = [];
  const stepMethods = new Set<string>();
  for (const { node, file } of chain) {
    for (const member of node.members) {
      const deco = decorators(member).find((d) => isStepDecorator(decoratorName(d) ?? ""));
      if (deco && ts.isMethodDeclaration(member)) stepMethods.add(member.name.getText(file.ast));
    }
  }
  for (const { node, file } of chain) {
    const sf = file.ast;
    const own = node.name?.text ?? "";
    for (const d of decorators(node)) if (decoratorName(d) === "Pipeline" && !ts.isCallExpression(d.expression)) out.push({ kind: "decorator-not-called", member: own, span: spanOf(d, sf), text: "Pipeline" });
    for (const member of node.members) {
      const name = member.name ? member.name.getText(sf) : "constructor";
      for (const d of decorators(member)) {
        const dn = decoratorName(d) ?? "";
        if (!isStepDecorator(dn)) continue;
        if (!ts.isCallExpression(d.expression)) out.push({ kind: "decorator-not-called", member: name, span: spanOf(d, sf), text: dn });
        const dependsOn = property(decoratorOptions(d) ?? ts.factory.createObjectLiteralExpression(), "dependsOn");
        if (dependsOn && !ts.isArrowFunction(dependsOn) && !ts.isFunctionExpression(dependsOn)) {
          const listed = ts.isArrayLiteralExpression(dependsOn) ? dependsOn.elements.map((e) => stringLiteral(e) ?? e.getText(sf)) : [dependsOn.getText(sf)];
          out.push({ kind: "depends-on-not-function", member: name, span: spanOf(dependsOn, sf), text: listed.join(", ") });
        }
        if (ts.isGetAccessorDeclaration(member) || ts.isSetAccessorDeclaration(member) || ts.isPropertyDeclaration(member)) {
          out.push({ kind: "step-accessor", member: name, span: spanOf(member.name, sf), text: ts.isPropertyDeclaration(member) ? "a field" : "a getter or setter" });
        }
        if (!ts.isMethodDeclaration(member)) continue;
        const mods = ts.getModifiers(member) ?? [];
        const asyncMod = mods.find((m) => m.kind === ts.SyntaxKind.AsyncKeyword);
        const staticMod = mods.find((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (asyncMod) out.push({ kind: "step-async", member: name, span: spanOf(asyncMod, sf) });
        if (member.asteriskToken) out.push({ kind: "step-async", member: name, span: spanOf(member.asteriskToken, sf) });
        if (staticMod) out.push({ kind: "step-static", member: name, span: spanOf(staticMod, sf) });
        if (member.parameters.length) out.push({ kind: "step-parameters", member: name, span: spanOf(member.parameters[0]!, sf), text: member.parameters.map((p) => p.name.getText(sf)).join(", ") });
        for (const r of returnsOf(member)) {
          const callee = r.expression && ts.isCallExpression(r.expression) ? thisMember(r.expression.expression) : undefined;
          if (callee && stepMethods.has(callee)) out.push({ kind: "returns-step", member: name, span: spanOf(r.expression!, sf), text: callee });
        }
      }
      if (ts.isConstructorDeclaration(member) && member.parameters.length) {
        out.push({ kind: "constructor-parameters", member: "constructor", span: spanOf(member.parameters[0]!, sf), text: member.parameters.map((p) => p.name.getText(sf)).join(", ") });
      }
    }
    walkExpressions(node, sf, own, pipelineClasses, out);
  }
  return out;
}

/** The return statements of a method body (not those of nested functions). */
function returnsOf(method: ts.MethodDeclaration): ts.ReturnStatement[] {
  const ts = typescript();
  const out: ts.ReturnStatement[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n)) return;
    if (ts.isReturnStatement(n)) out.push(n);
    ts.forEachChild(n, visit);
  };
  if (method.body) ts.forEachChild(method.body, visit);
  return out;
}

/** Misspelled execution variables, tags called as functions and other pipeline classes instantiated, anywhere in the class. */
function walkExpressions(node: ts.ClassDeclaration, sf: ts.SourceFile, own: string, pipelineClasses: ReadonlySet<string>, out: ShapeFact[]): void {
  const ts = typescript();
  const memberOf = (n: ts.Node): string => {
    for (let cur: ts.Node | undefined = n; cur && cur !== node; cur = cur.parent) {
      if (ts.isClassElement(cur) && cur.parent === node) return cur.name ? cur.name.getText(sf) : "constructor";
    }
    return own;
  };
  // Module-level instances of other pipeline classes: `const prep = new Prep();`.
  const instances = new Map<string, string>();
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      const init = d.initializer;
      if (ts.isIdentifier(d.name) && init && ts.isNewExpression(init) && ts.isIdentifier(init.expression) && pipelineClasses.has(init.expression.text) && init.expression.text !== own) instances.set(d.name.text, init.expression.text);
    }
  }
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && instances.has(n.expression.text)) {
      out.push({ kind: "foreign-pipeline", member: memberOf(n), span: spanOf(n, sf), text: instances.get(n.expression.text)! });
    } else if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "ExecutionVariables" && !VARIABLES.has(n.name.text)) {
      out.push({ kind: "unknown-execution-variable", member: memberOf(n), span: spanOf(n.name, sf), text: n.name.text });
    } else if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && TAGS.has(n.expression.text)) {
      out.push({ kind: "tag-called", member: memberOf(n), span: spanOf(n, sf), text: n.expression.text });
    } else if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && pipelineClasses.has(n.expression.text) && n.expression.text !== own) {
      out.push({ kind: "foreign-pipeline", member: memberOf(n), span: spanOf(n, sf), text: n.expression.text });
    }
    ts.forEachChild(n, visit);
  };
  for (const m of node.members) visit(m);
}

/** Spelling of an execution variable that differs only in case, if any. */
export function executionVariableLike(name: string): string | undefined {
  return EXECUTION_VARIABLE_NAMES.find((n) => n.toLowerCase() === name.toLowerCase());
}
