/**
 * `docker login` with the password on stdin only, the host after `--` (so no value can become an option), and only
 * the environment docker needs; failures explained, and retried only when they are transient.
 */
import { type ChildResult, lastLines, runChild } from '../core/child';
import { ExitCode, StepError, TransientError } from '../core/errors';
import type { Logger } from '../core/log';
import { type RetryPolicy, withRetry } from '../net/retry';

type DockerResult = ChildResult;

/** What docker reads: its config, engine and TLS settings, the CA files, and the proxies to reach a registry. */
const DOCKER_ENV = [
  'DOCKER_*',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'NO_PROXY',
  'no_proxy',
  'XDG_CONFIG_HOME',
  'XDG_RUNTIME_DIR',
];

const TRANSIENT_OUTPUT =
  /\b(50[0234])\b|Service Unavailable|Bad Gateway|Gateway Time-?out|i\/o timeout|TLS handshake timeout|connection reset|connection refused|unexpected EOF|no such host|Client\.Timeout/i;

/** Docker's output, without its advice about unencrypted storage: the last few meaningful lines. */
function said(result: DockerResult): string {
  return lastLines(result.output, 4, /stored unencrypted|credential helper to remove|credential-store/);
}

function loginError(host: string, result: DockerResult): StepError {
  const output = said(result);
  if (result.code === 'ENOENT') {
    return new StepError('docker was not found on PATH, so no registry could be logged in to.', {
      hint: 'Bitrise Linux stacks have the docker CLI. Install it, or set `docker_login` to "false" if the AWS credentials are all you need.',
    });
  }
  if (/error storing credentials|error saving credentials|credentials store|docker-credential-/i.test(output)) {
    return new StepError(`docker logged in to ${host} but could not store the credentials:\n${output}`, {
      hint:
        'A credential helper ("credsStore" or "credHelpers" in $DOCKER_CONFIG/config.json, default ~/.docker) is set ' +
        'but cannot store (no keychain or desktop session on CI). Remove that entry from config.json, or point ' +
        'DOCKER_CONFIG at a folder whose config.json has none, before this step.',
    });
  }
  if (/401|unauthorized|authentication required|denied/i.test(output)) {
    return new StepError(`The registry ${host} refused the ECR password:\n${output}`, {
      hint: 'Check that the role may pull from or push to this registry (repository policy, ecr:* permissions).',
      exitCode: ExitCode.refused,
    });
  }
  if (result.timedOut || TRANSIENT_OUTPUT.test(output)) {
    return new TransientError(`docker login to ${host} failed${result.timedOut ? ' (timed out)' : ''}: ${output}`);
  }
  return new StepError(`docker login to ${host} failed (exit code ${result.exitCode ?? 'unknown'}):\n${output}`);
}

export async function dockerLogin(host: string, password: string, policy: RetryPolicy, log: Logger): Promise<void> {
  await withRetry(`Logging in to ${host}`, policy, async (signal) => {
    log.debug(`docker login --username AWS --password-stdin -- ${host}`);
    const result = await runChild('docker', ['login', '--username', 'AWS', '--password-stdin', '--', host], {
      env: DOCKER_ENV,
      output: 'all',
      input: password,
      signal,
      timeoutMs: 60_000,
    });
    if (result.failed) throw loginError(host, { ...result, timedOut: result.timedOut || signal.aborted });
    log.debug(said(result));
  });
}

/**
 * Logs docker out of hosts this run logged in to, when the run fails after all: the ECR password (valid 12 hours) does
 * not stay in docker's config. Returns the hosts it could not log out of.
 */
export async function dockerLogout(hosts: string[], log: Logger): Promise<string[]> {
  const left: string[] = [];
  for (const host of hosts) {
    const result = await runChild('docker', ['logout', '--', host], {
      env: DOCKER_ENV,
      output: 'all',
      timeoutMs: 30_000,
    });
    if (result.failed) left.push(host);
    else log.debug(`docker logout -- ${host}`);
  }
  return left;
}
