import type { ts } from "ts-morph";
import { typescript } from "./typescript.ts";
import type { SourceSpan } from "../diagnostics/diagnostic.ts";
import type { JsonGetFact, LiteralFact, ProblemFact, ReferenceFact, StepFact } from "./facts.ts";
import { spanOf } from "./spans.ts";
import { memberChain, propertyName, stringLiteral, thisMember } from "./syntax.ts";

/** What the walker needs to know about the class. */
export interface MethodWalk {
  readonly stepMethods: ReadonlySet<string>;
  readonly helperMethods: ReadonlySet<string>;
  readonly parameterFields: ReadonlySet<string>;
}

/** What one method body holds. */
export interface MethodFacts {
  readonly references: ReferenceFact[];
  readonly problems: ProblemFact[];
  readonly jsonGets: JsonGetFact[];
  readonly parameterUses: string[];
  readonly stepDetails: Partial<Pick<StepFact, "outputs" | "outputsOpen" | "propertyFiles" | "inputCount" | "jobArguments" | "hasCode">>;
}

const VARIABLE_FUNCTIONS = new Set(["join", "jsonGet"]);

function branchOf(node: ts.Node, stop: ts.Node): "if" | "else" | undefined {
  const ts = typescript();
  for (let cur = node.parent; cur && cur !== stop; cur = cur.parent) {
    if (ts.isPropertyAssignment(cur)) {
      const n = propertyName(cur.name);
      return n === "ifSteps" ? "if" : n === "elseSteps" ? "else" : undefined;
    }
  }
  return undefined;
}

/** Walks a method body and records references, problems and literal details. */
export function walkMethod(method: string, node: ts.MethodDeclaration, file: ts.SourceFile, w: MethodWalk): MethodFacts {
  const ts = typescript();
  const out: MethodFacts = { references: [], problems: [], jsonGets: [], parameterUses: [], stepDetails: {} };
  const isMethod = (name: string) => w.stepMethods.has(name) || w.helperMethods.has(name);
  const problem = (kind: ProblemFact["kind"], n: ts.Node) => out.problems.push({ kind, method, span: spanOf(n, file), text: n.getText(file) });

  /** Is this expression (syntactically) a pipeline variable? */
  const isVariable = (e: ts.Expression): boolean => {
    while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
    const member = thisMember(e);
    if (member !== undefined) return w.parameterFields.has(member);
    if (ts.isPropertyAccessExpression(e)) {
      if (ts.isIdentifier(e.expression) && e.expression.text === "ExecutionVariables") return true;
      let base: ts.Expression = e;
      while (ts.isPropertyAccessExpression(base) || ts.isElementAccessExpression(base)) base = base.expression;
      return ts.isCallExpression(base) && w.stepMethods.has(thisMember(base.expression) ?? "");
    }
    if (ts.isCallExpression(e) && ts.isIdentifier(e.expression)) return VARIABLE_FUNCTIONS.has(e.expression.text);
    return false;
  };

  /** A variable, or an object or array literal holding one (JSON.stringify serialises them all). */
  const holdsVariable = (e: ts.Expression): boolean => {
    if (isVariable(e)) return true;
    if (ts.isArrayLiteralExpression(e)) return e.elements.some((el) => holdsVariable(ts.isSpreadElement(el) ? el.expression : el));
    if (ts.isObjectLiteralExpression(e)) return e.properties.some((q) => (ts.isPropertyAssignment(q) ? holdsVariable(q.initializer) : ts.isShorthandPropertyAssignment(q) ? false : ts.isSpreadAssignment(q) && holdsVariable(q.expression)));
    return false;
  };

  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const callee = thisMember(n.expression);
      if (callee !== undefined && isMethod(callee)) {
        const branch = branchOf(n, node);
        const member = memberChain(n);
        const memberSpans = member.length ? memberNameSpans(n, member.length) : undefined;
        out.references.push({ from: method, to: callee, kind: branch ? "branch" : "call", span: spanOf(n, file), member, ...(memberSpans ? { memberSpans } : {}), ...(branch ? { branch } : {}) });
      }
      if (ts.isIdentifier(n.expression) && n.expression.text === "String" && n.arguments[0] && isVariable(n.arguments[0])) problem("string-call", n);
      if (ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "toString" && isVariable(n.expression.expression)) problem("string-call", n);
      if (ts.isPropertyAccessExpression(n.expression) && n.expression.getText(file) === "JSON.stringify" && n.arguments[0] && holdsVariable(n.arguments[0])) problem("json-stringify", n);
      if (ts.isIdentifier(n.expression) && n.expression.text === "jsonGet") recordJsonGet(n);
    } else if (ts.isElementAccessExpression(n) && n.expression.kind === ts.SyntaxKind.ThisKeyword && stringLiteral(n.argumentExpression) === undefined) {
      problem("dynamic-access", n);
    } else if (ts.isPropertyAccessExpression(n) && n.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const name = n.name.text;
      if (w.parameterFields.has(name)) out.parameterUses.push(name);
      const called = ts.isCallExpression(n.parent) && n.parent.expression === n;
      if (isMethod(name) && !called) problem("method-alias", n);
    } else if (n.kind === ts.SyntaxKind.ThisKeyword) {
      const p = n.parent;
      const accessed = (ts.isPropertyAccessExpression(p) || ts.isElementAccessExpression(p)) && p.expression === n;
      if (!accessed) problem("this-escape", n);
    } else if (ts.isTemplateExpression(n) && !ts.isTaggedTemplateExpression(n.parent)) {
      if (n.templateSpans.some((s) => isVariable(s.expression))) problem("untagged-template", n);
    } else if (ts.isBinaryExpression(n) && (n.operatorToken.kind === ts.SyntaxKind.PlusToken || n.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken)) {
      if (isVariable(n.left) || isVariable(n.right)) problem("string-concat", n);
    } else if (ts.isPropertyAssignment(n)) {
      recordDetail(n);
    }
    ts.forEachChild(n, visit);
  };

  const recordJsonGet = (call: ts.CallExpression): void => {
    const arg = call.arguments[0];
    if (!arg || !ts.isPropertyAccessExpression(arg)) return;
    const holder = arg.expression;
    if (!ts.isPropertyAccessExpression(holder) || holder.name.text !== "propertyFiles" || !ts.isCallExpression(holder.expression)) return;
    const step = thisMember(holder.expression.expression);
    if (step) out.jsonGets.push({ method, step, propertyFile: arg.name.text, span: spanOf(arg.name, file) });
  };

  /** The spans of the `count` member names read after `n` (`outputs`, `train` of `.outputs.train`). */
  const memberNameSpans = (n: ts.Node, count: number): SourceSpan[] => {
    const spans: SourceSpan[] = [];
    for (let cur: ts.Node = n; spans.length < count && ts.isPropertyAccessExpression(cur.parent) && cur.parent.expression === cur; cur = cur.parent) spans.push(spanOf(cur.parent.name, file));
    return spans;
  };

  const literals = (e: ts.Expression): LiteralFact[] =>
    ts.isObjectLiteralExpression(e)
      ? e.properties.flatMap((p) => {
          const name = p.name && propertyName(p.name);
          return name !== undefined && p.name ? [{ value: name, span: spanOf(p.name, file) }] : [];
        })
      : [];

  const recordDetail = (p: ts.PropertyAssignment): void => {
    const key = propertyName(p.name);
    const d = out.stepDetails as Record<string, unknown>;
    const init = p.initializer;
    if (key === "outputs" && ts.isObjectLiteralExpression(init) && !d.outputs) {
      d.outputs = literals(init);
      if (init.properties.some((q) => !(ts.isPropertyAssignment(q) || ts.isShorthandPropertyAssignment(q)) || propertyName(q.name) === undefined)) d.outputsOpen = true;
    }
    else if (key === "propertyFiles" && ts.isObjectLiteralExpression(init) && !d.propertyFiles) {
      d.propertyFiles = init.properties.flatMap((prop) => {
        if (!ts.isPropertyAssignment(prop)) return [];
        const name = propertyName(prop.name);
        if (name === undefined) return [];
        const outputInit = ts.isObjectLiteralExpression(prop.initializer)
          ? prop.initializer.properties.find((q): q is ts.PropertyAssignment => ts.isPropertyAssignment(q) && propertyName(q.name) === "output")
          : undefined;
        const outputValue = stringLiteral(outputInit?.initializer);
        return [{
          name: { value: name, span: spanOf(prop.name, file) },
          ...(outputValue !== undefined && outputInit ? { output: { value: outputValue, span: spanOf(outputInit.initializer, file) } } : {}),
        }];
      });
    } else if (key === "inputs" && ts.isArrayLiteralExpression(init) && d.inputCount === undefined) {
      d.inputCount = { value: init.elements.length, span: spanOf(p.name, file) };
    } else if (key === "code") {
      d.hasCode = true;
    } else if (key === "arguments" && ts.isArrayLiteralExpression(init) && !d.jobArguments) {
      d.jobArguments = init.elements.flatMap((el) => {
        const v = stringLiteral(el);
        return v !== undefined ? [{ value: v, span: spanOf(el, file) }] : [];
      });
    }
  };

  if (node.body) ts.forEachChild(node.body, visit);
  return out;
}
