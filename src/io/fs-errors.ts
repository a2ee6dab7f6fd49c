/** File-system errors in words a user can act on (no stack, no errno noise). */

/** The reason alone: "permission denied", "ENOSPC", or the error's message. */
export function fsErrorReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ENOTDIR': return 'not a directory';
    case 'ENOSPC': return 'no space left on device';
    default: return e.code ?? (e instanceof Error ? e.message : String(err));
  }
}

/** One sentence for a failed read. */
export function readErrorMessage(err: unknown): string {
  const reason = fsErrorReason(err);
  return (err as NodeJS.ErrnoException).code && !/ /.test(reason) ? `cannot read (${reason})` : reason;
}
