/**
 * The Rule Lab's worker: runs golden cases, version comparisons and proofs off the page's
 * thread and reports progress. Cancelling terminates the worker, so nothing here listens for it.
 */
import { runLabTask, type LabTask } from '../../engine/lab.js';
import { ruleLabStrings } from '../../i18n/rule-lab.js';

export type LabRequest = { readonly id: number; readonly task: LabTask };
export type LabResponse =
  | { readonly id: number; readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly id: number; readonly type: 'result'; readonly result: Awaited<ReturnType<typeof runLabTask>> }
  | { readonly id: number; readonly type: 'error'; readonly message: string };

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<LabRequest>) => void) | null;
  postMessage(message: LabResponse): void;
};

scope.onmessage = async ({ data: { id, task } }) => {
  try {
    if (task.kind === 'prove') {
      // The solver loads only when an author asks for proofs.
      const { runProofs } = await import('./lab-proofs.js');
      scope.postMessage({ id, type: 'result', result: { kind: 'prove', result: runProofs(task) } });
      return;
    }
    const result = await runLabTask(task, {
      onProgress: (done, total) => scope.postMessage({ id, type: 'progress', done, total }),
      missingRule: ruleLabStrings[task.locale].missingRule,
    });
    scope.postMessage({ id, type: 'result', result });
  } catch (error) {
    scope.postMessage({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
