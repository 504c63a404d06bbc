/** Exit codes, documented in the README. One table, so commands cannot drift apart. */
export const EXIT = {
  ok: 0,
  /** `validate`: errors found (or more warnings than --max-warnings); `diff`: the reports differ. */
  found: 1,
  /** Bad arguments or options, or an output file that exists (without --force). */
  usage: 2,
  /** The input file does not exist, is a directory, or cannot be read; or an output file cannot be written. */
  unreadable: 3,
  /** The input is empty, binary, or not valid text; or a document that cannot be read (encrypted, corrupt, no text layer, unsupported format). */
  notText: 4,
  /** JSON input that is not valid JSON or does not match the report schema. */
  invalidJson: 5,
  /** Several inputs (or a directory) and some failed: each is named on stderr, the rest's results are on stdout. */
  someFailed: 6,
  /** `action-plan status`: the file is not an action plan (no table with its columns, or not a workbook). */
  notAPlan: 7,
  /** `--db`: the file is not an index database (not SQLite, another program's SQLite database, or an index of a newer schema); it is left untouched. */
  badDatabase: 8,
  /** The only input took longer than the time limit (`--timeout`, or a PDF's own limit) and was given up on. */
  tooSlow: 9,
  /** A bug in inspect. */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error meant for the user: one line on stderr and an exit code, never a stack trace. */
export class CliError extends Error {
  readonly exitCode: ExitCode;

  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
