/**
 * Which answers a JSON-Logic value actually rests on, read from its evaluation trace.
 * Used to explain a fired rule and to tell when a missing answer leaves a rule, or a
 * question's visibility, undecided.
 */
import { truthy, type TraceNode } from './logic.js';

/**
 * The variables whose values decided a node's value. In a yes/no position an `or`
 * that held rests only on the branch that held, and an `and` that failed only on the
 * part that failed; everywhere else every evaluated part counts. With `explaining`, a
 * `max` or `min` rests on the arguments equal to it (what a reader wants to see), which
 * is not used to decide dependency because a missing value could still exceed it.
 */
export function decidingReads(node: TraceNode, out: string[], explaining = false, yesNo = true): void {
  if (node.op === 'var') {
    if (!node.scoped && node.path !== undefined) out.push(node.path);
  } else if (yesNo && node.op === 'or' && truthy(node.value) && node.children.length > 0) {
    decidingReads(node.children[node.children.length - 1]!, out, explaining, true);
    return;
  } else if (yesNo && node.op === 'and' && !truthy(node.value) && node.children.length > 0) {
    decidingReads(node.children[node.children.length - 1]!, out, explaining, true);
    return;
  } else if (explaining && (node.op === 'max' || node.op === 'min')) {
    for (const child of node.children) if (child.value === node.value) decidingReads(child, out, explaining, false);
    return;
  }
  const childYesNo = node.op === '!' || node.op === '!!' || ((node.op === 'and' || node.op === 'or') && yesNo);
  for (const child of node.children) decidingReads(child, out, explaining, childYesNo);
}

