/**
 * Which answers a JSON-Logic value rests on, read from its evaluation trace: for deciding
 * when a missing answer leaves a rule or a question's visibility undecided
 * (`decidingReads`), and for explaining a fired rule (`evidenceReads`).
 */
import { truthy, type TraceNode } from './logic.js';
import { readOf } from './pack.js';

const isGradedPath = (path: string) => {
  const kind = readOf(path).kind;
  return kind === 'level' || kind === 'section';
};

/**
 * The variables whose values decided a node's value. In a yes/no position an `or`
 * that held rests only on the branch that held, and an `and` that failed only on the
 * part that failed; everywhere else every evaluated part counts. Conservative on purpose:
 * anything read that could change the value counts, because a missing answer here must
 * leave the rule undecided rather than silently false.
 */
export function decidingReads(node: TraceNode, out: string[], yesNo = true): void {
  if (node.op === 'var') {
    if (!node.scoped && node.path !== undefined) out.push(node.path);
  } else if (yesNo && node.op === 'or' && truthy(node.value) && node.children.length > 0) {
    decidingReads(node.children[node.children.length - 1]!, out, true);
    return;
  } else if (yesNo && node.op === 'and' && !truthy(node.value) && node.children.length > 0) {
    decidingReads(node.children[node.children.length - 1]!, out, true);
    return;
  }
  const childYesNo = node.op === '!' || node.op === '!!' || ((node.op === 'and' || node.op === 'or') && yesNo);
  for (const child of node.children) decidingReads(child, out, childYesNo);
}

const COMPARISONS: Readonly<Record<string, 'up' | 'down'>> = { '>': 'up', '>=': 'up', '<': 'down', '<=': 'down' };
const EQUALITIES = new Set(['==', '===', 'in', 'some', 'all']);
const INEQUALITIES = new Set(['!=', '!==', 'none']);

/** The items a `count` counted over: its arguments, or the one array literal it was given. */
function countItems(node: TraceNode): readonly TraceNode[] {
  const only = node.children.length === 1 ? node.children[0]! : undefined;
  return only?.op === 'array' ? only.children : node.children;
}

/** A variable a rule's value rests on; `condition` when it counts by what it is not (see below). */
export interface EvidenceRead {
  readonly path: string;
  readonly condition: boolean;
}

/**
 * Why a node has the value it has, as the variables that made it so and no others: the
 * evidence of a fired rule.
 * - An `or` that held rests on the branch that held, one that failed on every branch; an
 *   `and` that held on every part, one that failed on the part that failed.
 * - A comparison that holds because a `count` is high rests on the items that counted (and
 *   one that holds because it is low, on the items that did not): for "two or more of these"
 *   only the ones that held are cited. A `max` or `min` rests on the arguments equal to it.
 * - `some`, `all`, `none`, `filter`, `map`, `reduce` rest on the list they scan.
 * Each read is a reason (the answer is something: "domestic abuse" chosen, a level at least
 * 3) or a condition (the answer is not something: not aged 14 to 17, a section's level
 * below 4, not known to come only from outside the family). Reasons are what a concern is
 * about; conditions are when the rule applies. A `$section.` path is cited as such; the
 * caller turns it into the answers at its level.
 */
export function evidenceReads(node: TraceNode, out: EvidenceRead[], role?: 'reason' | 'condition'): void {
  const { op, children } = node;
  const held = truthy(node.value);
  switch (op) {
    case 'var':
      if (!node.scoped && node.path)
        out.push({ path: node.path, condition: (role ?? (held ? 'reason' : 'condition')) === 'condition' });
      return;
    case 'value':
      return;
    case 'or':
    case 'and':
      // The part that decided: the first that held for `or`, the first that failed for `and`.
      if ((op === 'or') === held) {
        if (children.length > 0) evidenceReads(children[children.length - 1]!, out);
      } else for (const child of children) evidenceReads(child, out);
      return;
    case '!':
    case '!!':
      for (const child of children) evidenceReads(child, out);
      return;
    case 'max':
    case 'min':
      for (const child of children) if (child.value === node.value) evidenceReads(child, out, role);
      return;
    case 'count':
      // Standing alone, a count is explained by what it counted.
      for (const item of countItems(node)) if (truthy(item.value)) evidenceReads(item, out);
      return;
    case 'filter':
    case 'map':
    case 'reduce':
      if (children[0]) evidenceReads(children[0], out, role);
      return;
  }
  if (EQUALITIES.has(op) || INEQUALITIES.has(op)) {
    const positive = EQUALITIES.has(op) === held;
    for (const child of op === 'some' || op === 'all' || op === 'none' ? children.slice(0, 1) : children) {
      evidenceReads(child, out, positive ? 'reason' : 'condition');
    }
    return;
  }
  const direction = COMPARISONS[op];
  if (direction !== undefined && children.length === 2) {
    children.forEach((child, i) => {
      // `x >= n` holding, or `n <= x` holding, says x is high; failing, that it is low.
      const high = (direction === 'up') === (i === 0) ? held : !held;
      if (child.op === 'count') {
        for (const item of countItems(child)) if (truthy(item.value) === high) evidenceReads(item, out);
        return;
      }
      // A graded level held low ("needs below specialist") is when the rule applies, not why.
      const reads: EvidenceRead[] = [];
      evidenceReads(child, reads, 'reason');
      for (const read of reads)
        out.push(high || !isGradedPath(read.path) ? read : { path: read.path, condition: true });
    });
    return;
  }
  for (const child of children) evidenceReads(child, out, role);
}
