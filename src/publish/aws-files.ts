/**
 * Writes a named profile into the AWS shared files (~/.aws/credentials and ~/.aws/config, or AWS_SHARED_CREDENTIALS_FILE
 * and AWS_CONFIG_FILE), merging with what is there: other profiles, comments and unknown keys are kept. The files are
 * written whole to a temporary file and renamed into place, with mode 0600, in a 0700 folder when the step makes it.
 * A file that is a symbolic link is written through: the file it points to is replaced, and the link stays.
 */
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { StepError } from '../core/errors';
import {
  FileReadError,
  privateDir,
  readRegularFile,
  UnsafePathError,
  writeFileAtomic,
  writeTarget,
} from '../core/files';
import { homeFolder } from '../core/home';

const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** Sets (or, for undefined, removes) keys in one `[header]` section of an INI text; everything else stays. */
export function mergeIniSection(text: string, header: string, values: Record<string, string | undefined>): string {
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const isHeader = (line: string) => /^\s*\[.*\]\s*$/.test(line);
  const start = lines.findIndex((line) => line.trim().replace(/\s+/g, ' ') === `[${header}]`);
  const wanted = new Map(Object.entries(values));
  const render = (key: string, value: string) => `${key} = ${value}`;
  if (start < 0) {
    const added = [...wanted].filter(([, v]) => v !== undefined).map(([k, v]) => render(k, v as string));
    if (added.length === 0) return text;
    const gap = lines.length > 0 && lines.at(-1)?.trim() !== '' ? [''] : [];
    return `${[...lines, ...gap, `[${header}]`, ...added].join('\n')}\n`;
  }
  let end = lines.findIndex((line, i) => i > start && isHeader(line));
  if (end < 0) end = lines.length;
  const section: string[] = [];
  for (const line of lines.slice(start + 1, end)) {
    const key = /^\s*([^=#;\s]+)\s*=/.exec(line)?.[1];
    if (key !== undefined && wanted.has(key)) {
      const value = wanted.get(key);
      if (value !== undefined) section.push(render(key, value));
      wanted.delete(key);
    } else section.push(line);
  }
  let last = section.length;
  while (last > 0 && section[last - 1]?.trim() === '') last--;
  const rest = [...wanted].filter(([, v]) => v !== undefined).map(([k, v]) => render(k, v as string));
  section.splice(last, 0, ...rest);
  return `${[...lines.slice(0, start + 1), ...section, ...lines.slice(end)].join('\n')}\n`;
}

export interface ProfileFiles {
  credentials: string;
  config: string;
}

/** The AWS CLI's own folder, ~/.aws: checked and kept private when the step writes into it. */
export function defaultAwsFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.HOME?.trim() ? join(env.HOME, '.aws') : undefined;
}

/**
 * The folder a profile file is written in: ~/.aws is checked (no link, the user's own, no write access for others);
 * a folder named through AWS_SHARED_CREDENTIALS_FILE or AWS_CONFIG_FILE is the user's choice, made when missing.
 */
async function profileFolder(path: string): Promise<void> {
  if (path === defaultAwsFolder()) await privateDir(path);
  else await mkdir(path, { recursive: true, mode: 0o700 });
}

export function profileFiles(env: NodeJS.ProcessEnv = process.env): ProfileFiles {
  const inHome = (file: string) => join(homeFolder(env), '.aws', file);
  return {
    credentials: env.AWS_SHARED_CREDENTIALS_FILE || inHome('credentials'),
    config: env.AWS_CONFIG_FILE || inHome('config'),
  };
}

/** What an AWS shared file holds now (empty when it does not exist), and where a write to it lands. */
async function current(path: string): Promise<{ target: string; text: string | undefined }> {
  const target = await writeTarget(path);
  try {
    return { target, text: await readRegularFile(target, MAX_FILE_BYTES) };
  } catch (error) {
    if (error instanceof FileReadError && error.reason === 'no such file') return { target, text: undefined };
    throw new StepError(
      `Cannot write the AWS profile: ${error instanceof FileReadError ? error.message : String(error)}.`,
      {
        hint: 'AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE (default ~/.aws/credentials and ~/.aws/config) must name files, not folders.',
      },
    );
  }
}

/** A value written into an INI line: a line break in it would start a new key or section, so it is refused. */
function checkValues(values: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(values)) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
    if (value !== undefined && /[\u0000-\u001f\u007f]/.test(value)) {
      throw new StepError(`Refusing to write ${key} into the AWS profile: the value holds a control character.`);
    }
  }
}

export interface ProfileContent {
  name: string;
  region: string;
  /** Static credentials for the credentials file; undefined removes them (with credential_process). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken: string } | undefined;
  credentialProcess?: string | undefined;
}

/** Puts the AWS shared files back as they were before writeProfile. */
export type ProfileRollback = () => Promise<void>;

/**
 * Writes the profile into both AWS shared files. Both are read and checked before either is written; each is replaced
 * atomically (a symbolic link is written through, and stays a link), 0600, in a 0700 folder when the step makes it. If
 * the second write fails, the first is put back. Returns a rollback that restores both.
 */
export async function writeProfile(profile: ProfileContent, files = profileFiles()): Promise<ProfileRollback> {
  const c = profile.credentials;
  const plan: Array<[string, string, Record<string, string | undefined>]> = [
    [
      files.credentials,
      profile.name,
      {
        aws_access_key_id: c?.accessKeyId,
        aws_secret_access_key: c?.secretAccessKey,
        aws_session_token: c?.sessionToken || undefined,
      },
    ],
    [
      files.config,
      profile.name === 'default' ? 'default' : `profile ${profile.name}`,
      { region: profile.region, credential_process: profile.credentialProcess },
    ],
  ];
  const writes: Array<{ target: string; before: string | undefined; after: string }> = [];
  for (const [path, header, values] of plan) {
    checkValues(values);
    const { target, text } = await current(path);
    writes.push({ target, before: text, after: mergeIniSection(text ?? '', header, values) });
  }
  const done: typeof writes = [];
  const rollback = async () => {
    for (const w of done.reverse()) {
      if (w.before === undefined) await rm(w.target, { force: true });
      else await writeFileAtomic(w.target, w.before, 0o600);
    }
  };
  try {
    for (const w of writes) {
      await profileFolder(dirname(w.target));
      await writeFileAtomic(w.target, w.after, 0o600);
      done.push(w);
    }
  } catch (error) {
    await rollback();
    if (error instanceof UnsafePathError) throw error;
    throw new StepError(
      `Cannot write the AWS profile ${profile.name}: ${(error as Error).message}. Nothing was changed.`,
      {
        hint: 'Check that the folders of AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE (default ~/.aws) are writable.',
        cause: error,
      },
    );
  }
  return rollback;
}
