/**
 * The Rule Lab's worker: runs golden cases and version comparisons off the page's thread
 * and reports progress. Cancelling terminates the worker, so nothing here listens for it.
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
    const result = await runLabTask(task, {
      onProgress: (done, total) => scope.postMessage({ id, type: 'progress', done, total }),
      missingRule: ruleLabStrings[task.locale].missingRule,
    });
    scope.postMessage({ id, type: 'result', result });
  } catch (error) {
    scope.postMessage({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
