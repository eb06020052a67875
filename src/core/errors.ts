// Typed errors: deep code throws these, src/cli/main.ts turns them into exit codes in one place.

/** Exit codes of the command-line contract (DESIGN.md). */
export const EXIT = { ok: 0, cannot: 1, usage: 2, cancelled: 130 } as const;

export class WooError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    /** A hint on how to fix it, printed on its own line. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad usage or invalid input: exit code 2. */
export class UsageError extends WooError {
  constructor(message: string, hint?: string) {
    super(message, EXIT.usage, hint);
  }
}

/** Valid input, but the thing cannot be done (unknown request, premature notice, damaged file): exit 1. */
export class CannotError extends WooError {
  constructor(message: string, hint?: string) {
    super(message, EXIT.cannot, hint);
  }
}
