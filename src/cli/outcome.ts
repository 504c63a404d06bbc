/**
 * One exit code per outcome, for every command: an input's problem gives
 * the same code whichever command read it, and a run over several inputs in
 * which some failed gives EXIT.someFailed, the rest's results on stdout.
 */
import type { DocumentProblem, InputProblem } from '../read/input.js';
import { EXIT } from './exit-codes.js';

export type Problem = InputProblem | DocumentProblem | 'timeout' | 'internal';

/** The exit code for one input's problem. */
export function exitCodeForProblem(problem: Problem): number {
  switch (problem) {
    case 'invalid-json':
      return EXIT.invalidJson;
    case 'not-found':
    case 'is-directory':
    case 'unreadable':
      return EXIT.unreadable;
    case 'timeout':
      return EXIT.tooSlow;
    case 'internal':
      return EXIT.internal;
    default:
      return EXIT.notText;
  }
}

/** Counts the inputs of a run and their failures; gives the run's exit code. */
export class Outcome {
  private inputs = 0;
  private readonly failures: number[] = [];

  /** An input that was read. */
  ok(): void {
    this.inputs++;
  }

  /** An input that failed, with its problem. */
  failed(problem: Problem): void {
    this.failedWith(exitCodeForProblem(problem));
  }

  /** An input that failed with this exit code (an output that could not be written, say). */
  failedWith(code: number): void {
    this.inputs++;
    this.failures.push(code);
  }

  get seen(): number {
    return this.inputs;
  }

  get failedCount(): number {
    return this.failures.length;
  }

  /** Some input failed and nothing else was read: there is no result to print. */
  get nothingRead(): boolean {
    return this.failures.length > 0 && this.failures.length === this.inputs;
  }

  /**
   * 0 when every input was read; the input's own code when it was the only
   * one; EXIT.someFailed when any of several failed (even all of them: the
   * run went over them all).
   */
  code(): number {
    if (this.failures.length === 0) return EXIT.ok;
    return this.inputs === 1 ? this.failures[0]! : EXIT.someFailed;
  }
}
