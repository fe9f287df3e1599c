// Errors a user can cause, each with its documented exit code (sysexits.h numbers).
export const EXIT = {
  ok: 0,
  /** some inputs of a batch failed */
  someFailed: 1,
  usage: 2,
  /** input is not text: binary data, invalid UTF-8 */
  dataErr: 65,
  /** input missing or unreadable */
  noInput: 66,
  /** a record failed its own schema: a bug of ours */
  software: 70,
  /** output could not be written */
  cantCreate: 73,
} as const;

export type ErrorCode = "usage" | "not-found" | "unreadable" | "not-a-file" | "not-text" | "invalid-encoding" | "invalid-record" | "write-failed" | "internal";

const EXIT_OF: Record<ErrorCode, number> = {
  usage: EXIT.usage,
  "not-found": EXIT.noInput,
  unreadable: EXIT.noInput,
  "not-a-file": EXIT.noInput,
  "not-text": EXIT.dataErr,
  "invalid-encoding": EXIT.dataErr,
  "invalid-record": EXIT.software,
  "write-failed": EXIT.cantCreate,
  internal: EXIT.software,
};

/** An error meant for the user: a one-line message and an exit code, never a stack trace. */
export class ExtractError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
    this.exitCode = EXIT_OF[code];
  }
}

/** Any thrown value as an ExtractError (unknown errors become "internal"). */
export function asExtractError(e: unknown): ExtractError {
  if (e instanceof ExtractError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new ExtractError("internal", message.split("\n")[0]!);
}
