/** What a command reads and writes: the seam that lets tests run commands without a terminal. */
import type { ProgressStream } from './progress.js';

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export type Flags = ReadonlyMap<string, string | true>;

/** The command line's output, plus (for tests) where a progress bar would be drawn and how wide the terminal is. */
export interface CommandIo extends Io {
  /** Where the progress bar goes (default: process.stderr, drawn only when it is a terminal). */
  readonly progress?: ProgressStream;
  /** Terminal width for side-by-side text (default: standard output's, or 120). */
  readonly columns?: number;
}
