/**
 * Writes a named profile into the AWS shared files (~/.aws/credentials and ~/.aws/config, or AWS_SHARED_CREDENTIALS_FILE
 * and AWS_CONFIG_FILE), merging with what is there: other profiles, comments and unknown keys are kept. The files are
 * written whole to a temporary file and renamed into place, with mode 0600, in a 0700 folder when the step makes it.
 */
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

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

export function profileFiles(env: NodeJS.ProcessEnv = process.env): ProfileFiles {
  const home = env.HOME || homedir();
  return {
    credentials: env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials'),
    config: env.AWS_CONFIG_FILE || join(home, '.aws', 'config'),
  };
}

async function update(path: string, header: string, values: Record<string, string | undefined>): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  let text = '';
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw error;
  }
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, mergeIniSection(text, header, values), { mode: 0o600 });
  await chmod(temporary, 0o600);
  await rename(temporary, path);
}

export interface ProfileContent {
  name: string;
  region: string;
  /** Static credentials for the credentials file; undefined removes them (with credential_process). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken: string } | undefined;
  credentialProcess?: string | undefined;
}

export async function writeProfile(profile: ProfileContent, files = profileFiles()): Promise<void> {
  const c = profile.credentials;
  await update(files.credentials, profile.name, {
    aws_access_key_id: c?.accessKeyId,
    aws_secret_access_key: c?.secretAccessKey,
    aws_session_token: c?.sessionToken || undefined,
  });
  await update(files.config, profile.name === 'default' ? 'default' : `profile ${profile.name}`, {
    region: profile.region,
    credential_process: profile.credentialProcess,
  });
}
