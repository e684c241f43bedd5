import { captureCallSite, type CreatedAt, type PropertyRoot } from "@sagepipe/expressions";

/**
 * The identity of one step, created with its arguments and bound to a name when the step
 * method's decorator sees it. Property references hold the slot and read the name only at
 * render time, so a step may be referenced before its name is known.
 */
export class StepSlot {
  #name: string | undefined;
  #method: string | undefined;

  /** Where the step was made (the helper call that returned it, e.g. `p.run(...)`). */
  readonly createdAt: CreatedAt = captureCallSite();

  /**
   * @param referenceSuffix appended to the name in `Get` paths (`-CreateModel` for model steps).
   * @param memberSuffixes a collection's member steps, in its order, as suffixes of the name: a
   *   depends-on on the collection lists them all (as the SDK's step compiler expands one).
   */
  constructor(
    readonly referenceSuffix = "",
    private readonly memberSuffixes?: readonly string[],
  ) {}

  /** Binds the step's name and the method that declares it (first binding wins). */
  bind(name: string, method: string): void {
    if (this.#name === undefined) {
      this.#name = name;
      this.#method = method;
    }
  }

  get isBound(): boolean {
    return this.#name !== undefined;
  }

  /** The step's name as the user gave it (or derived from the method). */
  get name(): string {
    if (this.#name === undefined) {
      throw new Error(
        "A step was used that no step method returned. Return it from a method decorated with a step " +
          "decorator (@Processing(), @Training(), ...) and refer to it by calling that method.",
      );
    }
    return this.#name;
  }

  get method(): string | undefined {
    return this.#method;
  }

  /** The name `Get` paths use: `Steps.<referenceName>`. */
  get referenceName(): string {
    return this.name + this.referenceSuffix;
  }

  /** The names a depends-on on this step lists: every member of a collection, else the reference name. */
  get dependsOnNames(): string[] {
    return this.memberSuffixes ? this.memberSuffixes.map((suffix) => this.name + suffix) : [this.referenceName];
  }

  /** A property root for this step. */
  root(): PropertyRoot {
    return { prefix: () => `Steps.${this.referenceName}`, step: this };
  }
}
