import type { ReactiveController } from 'lit';
import type { Lab } from '../lab-context.js';

/** A tab of the Rule Lab: a controller of the element, with the lab it works in. */
export abstract class LabTab implements ReactiveController {
  constructor(protected readonly lab: Lab) {
    lab.host.addController(this);
  }

  hostConnected(): void {}
}

/** A tab that runs a task in the worker and shows its last result, until another pack is opened. */
export abstract class RunTab<Result> extends LabTab {
  protected result?: Result;

  /** Another pack was opened: the last run's results were for the one before. */
  reset(): void {
    this.result = undefined;
  }
}
