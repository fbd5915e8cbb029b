/**
 * Propositional formulas over named boolean variables, hash-consed so that the same
 * sub-formula built twice is one node. The symbolic evaluator builds large DAGs (every
 * question's visibility feeds every rule that reads it); sharing and constant folding
 * keep them small before they reach the SAT solver.
 */

export type F = number;

export const FALSE: F = 0;
export const TRUE: F = 1;

type Node =
  | { readonly kind: 'const' }
  | { readonly kind: 'var'; readonly name: string }
  | { readonly kind: 'not'; readonly arg: F }
  | { readonly kind: 'and' | 'or'; readonly args: readonly F[] };

export class Formulas {
  readonly #nodes: Node[] = [{ kind: 'const' }, { kind: 'const' }];
  readonly #keys = new Map<string, F>();
  readonly #vars = new Map<string, F>();

  #intern(key: string, node: Node): F {
    let id = this.#keys.get(key);
    if (id === undefined) {
      id = this.#nodes.length;
      this.#nodes.push(node);
      this.#keys.set(key, id);
    }
    return id;
  }

  node(id: F): Node {
    return this.#nodes[id]!;
  }

  get size(): number {
    return this.#nodes.length;
  }

  variable(name: string): F {
    let id = this.#vars.get(name);
    if (id === undefined) {
      id = this.#intern(`v${name}`, { kind: 'var', name });
      this.#vars.set(name, id);
    }
    return id;
  }

  not(a: F): F {
    if (a === TRUE) return FALSE;
    if (a === FALSE) return TRUE;
    const node = this.#nodes[a]!;
    if (node.kind === 'not') return node.arg;
    return this.#intern(`!${a}`, { kind: 'not', arg: a });
  }

  and(...args: F[]): F {
    return this.#nary('and', args);
  }

  or(...args: F[]): F {
    return this.#nary('or', args);
  }

  implies(a: F, b: F): F {
    return this.or(this.not(a), b);
  }

  #nary(kind: 'and' | 'or', args: readonly F[]): F {
    const unit = kind === 'and' ? TRUE : FALSE;
    const zero = kind === 'and' ? FALSE : TRUE;
    const set = new Set<F>();
    const push = (id: F) => {
      const node = this.#nodes[id]!;
      if (node.kind === kind) for (const inner of node.args) set.add(inner);
      else set.add(id);
    };
    for (const id of args) {
      if (id === zero) return zero;
      if (id !== unit) push(id);
    }
    if (set.size === 0) return unit;
    for (const id of set) {
      const node = this.#nodes[id]!;
      if (node.kind === 'not' && set.has(node.arg)) return zero;
    }
    if (set.size === 1) return set.values().next().value!;
    const sorted = [...set].sort((a, b) => a - b);
    return this.#intern(`${kind}${sorted.join(',')}`, { kind, args: sorted });
  }

  /** The formula's value under an assignment; unnamed variables are false. */
  evaluate(id: F, assignment: ReadonlySet<string>, memo = new Map<F, boolean>()): boolean {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const node = this.#nodes[id]!;
    let value: boolean;
    switch (node.kind) {
      case 'const':
        value = id === TRUE;
        break;
      case 'var':
        value = assignment.has(node.name);
        break;
      case 'not':
        value = !this.evaluate(node.arg, assignment, memo);
        break;
      case 'and':
        value = node.args.every((arg) => this.evaluate(arg, assignment, memo));
        break;
      case 'or':
        value = node.args.some((arg) => this.evaluate(arg, assignment, memo));
        break;
    }
    memo.set(id, value);
    return value;
  }

  /** Exactly one of the given formulas holds. */
  exactlyOne(ids: readonly F[]): F {
    const pairs: F[] = [this.or(...ids)];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) pairs.push(this.not(this.and(ids[i]!, ids[j]!)));
    }
    return this.and(...pairs);
  }
}
