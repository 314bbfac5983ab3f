/**
 * The one way the step writes and reads local files that matter: private folders, atomic writes through a random
 * temporary name created exclusively in the target folder (never a predictable name, never following a planted link),
 * and reads that accept only regular files up to a size cap (a FIFO or a device would hang or never end).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { chmod, lstat, mkdir, open, realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { StepError } from './errors';

/** A folder or file that is not safe to use: a link, another user's, writable by others. */
export class UnsafePathError extends StepError {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`Refusing to use ${path}: ${problem}.`, {
      hint: `Remove ${path} (the step makes it anew, private), or make it a folder of your own that only you can write.`,
    });
    this.name = 'UnsafePathError';
  }
}

const ownUid = () => (typeof process.getuid === 'function' ? process.getuid() : undefined);

/**
 * A folder for the step's private files, made with its parents when missing (0700). The folder itself is checked: a
 * symbolic link or a folder of another user is refused; a folder of ours that others may write (or, with `exact`,
 * enter) is repaired to 0700 (`exact`) or loses group and other write access.
 */
export async function privateDir(path: string, options: { exact?: boolean } = {}): Promise<string> {
  await mkdir(path, { recursive: true, mode: 0o700 });
  const stat = await lstat(path);
  if (stat.isSymbolicLink()) throw new UnsafePathError(path, 'it is a symbolic link');
  if (!stat.isDirectory()) throw new UnsafePathError(path, 'it is not a folder');
  const uid = ownUid();
  if (uid !== undefined && stat.uid !== uid)
    throw new UnsafePathError(path, `it belongs to another user (${stat.uid})`);
  const mode = stat.mode & 0o777;
  const wanted = options.exact ? 0o700 : mode & ~0o022;
  if (mode !== wanted) await chmod(path, wanted);
  return path;
}

/**
 * Where a write to `path` lands: `path` itself, or, when `path` is a symbolic link, the file it points to (the link is
 * kept, so a `~/.aws/credentials` that links into a dotfiles folder stays a link).
 */
export async function writeTarget(path: string): Promise<string> {
  const stat = await lstat(path).catch(() => undefined);
  if (!stat?.isSymbolicLink()) return path;
  return realpath(path).catch(() => path);
}

/**
 * Writes `data` to `path` atomically with `mode`: a temporary file with a random name is created exclusively (O_EXCL,
 * O_NOFOLLOW) in the same folder, written, given its mode, then renamed over `path`. On any failure the temporary file
 * is removed and `path` is as it was.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o600): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString('hex')}.tmp`);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  const handle = await open(temporary, flags, mode);
  try {
    try {
      await handle.chmod(mode);
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Why a file could not be read, in words a user can act on. */
export class FileReadError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot read ${path}: ${reason}`);
    this.name = 'FileReadError';
  }
}

/**
 * The text of a regular file of at most `maxBytes`. Opened without blocking (a FIFO is refused, not waited on), and
 * checked on the open handle, so the file read is the file checked. A `private` file (one the step wrote for itself)
 * must also be no symbolic link, the user's own, and 0600 or stricter.
 */
export async function readRegularFile(
  path: string,
  maxBytes: number,
  options: { private?: boolean } = {},
): Promise<string> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, openFlags(options));
  } catch (error) {
    throw openFailure(path, error);
  }
  try {
    const buffer = checkedBuffer(path, await handle.stat(), maxBytes, options);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length = readSoFar(path, length + bytesRead, maxBytes);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * readRegularFile with the same checks, in the calling thread: for the cached credential_process answer, which reads
 * two small files and would otherwise start Node's thread pool for them.
 */
export function readRegularFileSync(path: string, maxBytes: number, options: { private?: boolean } = {}): string {
  let fd: number;
  try {
    fd = openSync(path, openFlags(options));
  } catch (error) {
    throw openFailure(path, error);
  }
  try {
    const buffer = checkedBuffer(path, fstatSync(fd), maxBytes, options);
    let length = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length = readSoFar(path, length + bytesRead, maxBytes);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Never waits on a FIFO; a private file is never followed through a link. */
const openFlags = (options: { private?: boolean }) =>
  constants.O_RDONLY | constants.O_NONBLOCK | (options.private ? constants.O_NOFOLLOW : 0);

function openFailure(path: string, error: unknown): FileReadError {
  const code = (error as { code?: string }).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'ELOOP'
            ? 'it is a symbolic link'
            : (code ?? String(error));
  return new FileReadError(path, reason);
}

/** The checks on the opened file, then a buffer one byte larger than what may be read (to see a file that grew). */
function checkedBuffer(path: string, stat: Stats, maxBytes: number, options: { private?: boolean }): Buffer {
  if (stat.isDirectory()) throw new FileReadError(path, 'it is a folder');
  if (!stat.isFile()) throw new FileReadError(path, 'it is not a regular file (a pipe, socket or device)');
  if (options.private) {
    const uid = ownUid();
    if (uid !== undefined && stat.uid !== uid) throw new FileReadError(path, 'it belongs to another user');
    if ((stat.mode & 0o077) !== 0) throw new FileReadError(path, 'others may read or write it (not 0600)');
  }
  if (stat.size > maxBytes) {
    throw new FileReadError(path, `it is ${stat.size} bytes, more than the ${maxBytes} accepted`);
  }
  return Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
}

function readSoFar(path: string, length: number, maxBytes: number): number {
  if (length > maxBytes) throw new FileReadError(path, `it holds more than the ${maxBytes} bytes accepted`);
  return length;
}
