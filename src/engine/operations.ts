/**
 * Operations this library adds on top of standard JSON-Logic.
 *
 * They live in one fixed table so that rule content can never introduce behaviour: a rule may only
 * name an operation that is listed here or in the standard set.
 */

/** JSON-Logic truthiness: as JavaScript, except that an empty array is falsy (https://jsonlogic.com/truthy). */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value) && value.length === 0) return false;
  return !!value;
}

/**
 * `count` answers "how many of these hold?", which threshold rules need and JSON-Logic lacks.
 * A single array argument is counted element-wise so that both `{"count": {"var": "factors"}}`
 * (selected items) and `{"count": [c1, c2, c3]}` (conditions, which arrive as one array once the
 * evaluator has mapped them) read naturally.
 */
function count(...args: unknown[]): number {
  const items = args.length === 1 && Array.isArray(args[0]) ? (args[0] as readonly unknown[]) : args;
  let n = 0;
  for (let i = 0; i < items.length; i++) {
    if (truthy(items[i])) n++;
  }
  return n;
}

export const CUSTOM_OPERATIONS: Readonly<Record<string, (...args: unknown[]) => unknown>> = Object.freeze({
  count,
});

/** Minimal shape of a json-logic-js instance, so this module does not depend on that package. */
export interface OperationRegistry {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- json-logic-js's own signature; narrower would not accept our functions
  add_operation(name: string, fn: (...a: any[]) => unknown): void;
}

const registered = new WeakSet<object>();

/**
 * Gives a json-logic-js instance the same custom operations as our evaluator, so tests and
 * benchmarks compare like with like. Registering twice is harmless.
 */
export function registerCustomOperations(jsonLogic: OperationRegistry): void {
  if (registered.has(jsonLogic)) return;
  for (const name of Object.keys(CUSTOM_OPERATIONS)) {
    const fn = CUSTOM_OPERATIONS[name];
    if (fn !== undefined) jsonLogic.add_operation(name, fn);
  }
  registered.add(jsonLogic);
}
