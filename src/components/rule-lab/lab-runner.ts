import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { runLabTask, type LabTask, type LabTaskResult } from '../../engine/lab.js';
import { ruleLabStrings } from '../../i18n/rule-lab.js';
import type { LabRequest, LabResponse } from './lab-worker.js';
import { startLabWorker } from './worker-url.js';

/** What a run is doing, for the host to render. */
export interface RunState {
  readonly kind: LabTask['kind'];
  readonly done: number;
  readonly total: number;
}

/** Raised from `run` when the author pressed Cancel. */
export class LabCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'LabCancelled';
  }
}

/**
 * Runs lab tasks in a Web Worker, one at a time, with progress on the host; Cancel
 * terminates the worker at once. Where no worker can start (an old browser, a page whose
 * policy forbids it), the task runs on the page, yielding between batches so the page
 * stays usable, and `inPage` says so.
 */
export class LabRunner implements ReactiveController {
  state?: RunState;
  /** The last run could not use a worker and ran on the page. */
  inPage = false;
  private worker?: Worker;
  private nextId = 0;
  private settle?: { reject: (error: Error) => void; abort?: AbortController };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  get running(): boolean {
    return this.state !== undefined;
  }

  private startWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    if (typeof Worker === 'undefined') return undefined;
    try {
      this.worker = startLabWorker();
      return this.worker;
    } catch {
      return undefined;
    }
  }

  private progress(kind: LabTask['kind'], done: number, total: number): void {
    this.state = { kind, done, total };
    this.host.requestUpdate();
  }

  /** Runs a task; rejects with `LabCancelled` when cancelled. */
  async run(task: LabTask): Promise<LabTaskResult> {
    this.cancel();
    this.progress(task.kind, 0, 0);
    try {
      const worker = this.startWorker();
      const result = worker ? await this.inWorker(worker, task) : await this.onPage(task);
      return result;
    } finally {
      this.settle = undefined;
      this.state = undefined;
      this.host.requestUpdate();
    }
  }

  private inWorker(worker: Worker, task: LabTask): Promise<LabTaskResult> {
    const id = ++this.nextId;
    this.inPage = false;
    return new Promise<LabTaskResult>((resolve, reject) => {
      this.settle = { reject };
      worker.onmessage = ({ data }: MessageEvent<LabResponse>) => {
        if (data.id !== id) return;
        if (data.type === 'progress') this.progress(task.kind, data.done, data.total);
        else if (data.type === 'result') resolve(data.result);
        else reject(new Error(data.message));
      };
      // A worker that cannot load (no module workers, a policy that blocks it) fails here:
      // the task then runs on the page instead.
      worker.onerror = (event) => {
        event.preventDefault();
        this.worker?.terminate();
        this.worker = undefined;
        this.onPage(task).then(resolve, reject);
      };
      worker.postMessage({ id, task } satisfies LabRequest);
    });
  }

  private onPage(task: LabTask): Promise<LabTaskResult> {
    this.inPage = true;
    const abort = new AbortController();
    return new Promise<LabTaskResult>((resolve, reject) => {
      this.settle = { reject, abort };
      if (task.kind === 'prove') {
        // One solver call cannot yield; it runs to the end, then Cancel has nothing left to stop.
        import('./lab-proofs.js')
          .then(({ runProofs }) =>
            abort.signal.aborted
              ? Promise.reject(new LabCancelled())
              : resolve({ kind: 'prove', result: runProofs(task) }),
          )
          .catch(reject);
        return;
      }
      runLabTask(task, {
        onProgress: (done, total) => this.progress(task.kind, done, total),
        signal: abort.signal,
        missingRule: ruleLabStrings[task.locale].missingRule,
      }).then(resolve, (error: unknown) => reject(abort.signal.aborted ? new LabCancelled() : error));
    });
  }

  /** Stops the run in progress, if any. */
  cancel(): void {
    const settle = this.settle;
    if (!settle) return;
    this.settle = undefined;
    if (settle.abort) settle.abort.abort();
    else {
      this.worker?.terminate();
      this.worker = undefined;
    }
    settle.reject(new LabCancelled());
  }
}
