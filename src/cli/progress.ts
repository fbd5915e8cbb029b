/**
 * A progress bar for long command-line runs, drawn on standard error and only when
 * standard error is a terminal: piped or redirected output, CI logs and tests see nothing.
 */

/** The part of a stream the bar needs (process.stderr, or a fake in tests). */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  /** Redraws the bar for `done` of `total` (at most every `interval` ms, and always at the end). */
  update(done: number, total: number): void;
  /** Clears the bar's line. */
  done(): void;
}

const NONE: Progress = { update: () => undefined, done: () => undefined };

export interface ProgressOptions {
  readonly stream?: ProgressStream;
  /** Minimum time between redraws (default 100 ms). */
  readonly interval?: number;
  readonly now?: () => number;
}

/** A bar labelled `label`, e.g. "Simulating [#########-----------]  45%  45,000/100,000". */
export function progressBar(label: string, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (!stream.isTTY) return NONE;
  const interval = options.interval ?? 100;
  const now = options.now ?? (() => Date.now());
  const format = new Intl.NumberFormat('en-GB');
  let last = Number.NEGATIVE_INFINITY;
  let drawn = false;
  return {
    update(done, total) {
      const time = now();
      if (done < total && time - last < interval) return;
      last = time;
      const fraction = total > 0 ? Math.min(1, done / total) : 1;
      const counts = `${format.format(done)}/${format.format(total)}`;
      const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
      const columns = stream.columns ?? 80;
      const width = Math.max(10, Math.min(40, columns - label.length - counts.length - 12));
      const filled = Math.round(fraction * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}  ${counts}\u001b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}
