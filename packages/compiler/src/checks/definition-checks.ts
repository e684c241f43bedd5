import { validateDefinition, type ValidationIssue } from "@sagepipe/validate";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { DefinitionPlace } from "../evaluate/definition-places.ts";

/**
 * The checks of @sagepipe/validate on the built definition (the same rules `sagepipe validate`
 * applies to any definition), each problem with its own code, shown at the option that made the
 * value (or the call that made the step, when no option of it names the value; the class when no
 * step did), with the JSON pointer of the value. An issue `shownElsewhere` takes (a URI made from
 * a wrong `@Pipeline` bucket, shown once at that option) is left out here.
 */
export function checkBuiltDefinition(definition: object, placeOf: (pointer: string) => DefinitionPlace, shownElsewhere: (issue: ValidationIssue, place: DefinitionPlace) => boolean = () => false): Diagnostic[] {
  return validateDefinition(definition).flatMap((issue) => {
    const place = placeOf(issue.pointer);
    if (shownElsewhere(issue, place)) return [];
    const where = place.method ? `${place.method}(): ` : "";
    return { code: issue.code, severity: issue.severity, span: place.span, message: `${where}${issue.message} (built definition, ${issue.pointer || "/"})`, fix: issue.fix, pointer: issue.pointer };
  });
}
