/**
 * Entry of dist/credential-process.cjs, what the launcher runs for `credential-process`: a fresh cache, checked as the
 * full command checks it, is printed without loading yargs or the AWS SDK (tools run credential_process on every call,
 * the AWS CLI on every invocation). Anything else (no cache, a stale or a discarded one, other arguments, any error)
 * goes to the full CLI in the same process, which renews, warns or explains.
 */
import { cacheFileOf, readCache, readRenewal } from './publish/refresh-files';

async function cached(args: string[]): Promise<string | undefined> {
  const [command, flag, path, ...rest] = args;
  if (command !== 'credential-process' || flag !== '--config' || path === undefined || rest.length > 0) return;
  const { renewal, key } = await readRenewal(path);
  const lookup = await readCache(cacheFileOf(path), renewal, key, Date.now());
  return lookup.kind === 'hit' ? `${JSON.stringify(lookup.credentials)}\n` : undefined;
}

void cached(process.argv.slice(2))
  .catch(() => undefined)
  .then((answer) => {
    if (answer !== undefined) process.stdout.write(answer);
    else require('./cli.cjs');
  });
