import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../core/errors';
import { isInsecureHttp } from '../net/endpoints';
import { parseAudience } from './aws-values';
import { type Env, Inputs, parseTimeout, type ShownInput } from './inputs';
import { IDENTITY_TOKEN_INPUTS } from './table';
import { type BitriseApi, parseBitriseApi } from './token-source';

export interface IdentityTokenConfig {
  audience: string;
  api: BitriseApi;
  /** Absolute path to also write the token to, or undefined. */
  tokenFile: string | undefined;
  timeoutSeconds: number;
  /** `build_url` when it is plain http to a non-loopback host, allowed by `allow_insecure_http`, for a warning. */
  insecureUrls: URL[];
  verbose: boolean;
  shown: ShownInput[];
  /** The values of the sensitive inputs, to redact from every line. */
  secrets: string[];
}

/** The folder must exist and be writable, and the path must not be a folder: checked before any network call. */
function parseTokenFile(key: string, value: string, cwd: string): string {
  const path = resolve(cwd, value);
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
      throw new InputError(key, `names a folder, not a file: ${path}.`);
    }
    accessSync(dirname(path), constants.W_OK);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as { code?: string }).code;
    throw new InputError(
      key,
      `cannot be written: ${code === 'ENOENT' ? `the folder ${dirname(path)} does not exist` : `${dirname(path)} is not writable`}.`,
      'Give a path in a writable folder, such as $BITRISE_DEPLOY_DIR/../identity-token.jwt or $TMPDIR/token.jwt.',
    );
  }
  return path;
}

const NOT_ON_BITRISE =
  'This step asks the Bitrise API of the running build for a token, so it only works in a Bitrise build, where ' +
  'BITRISE_BUILD_URL and BITRISE_BUILD_API_TOKEN are set.';

export function parseIdentityTokenConfig(env: Env, cwd = process.cwd()): IdentityTokenConfig {
  const inputs = new Inputs(env, IDENTITY_TOKEN_INPUTS);
  const audience = parseAudience(
    inputs.required('audience', 'The audience depends on the target: sts.amazonaws.com for AWS, for example.'),
  );
  const file = inputs.optional('token_file');
  const tokenFile = file === undefined ? undefined : parseTokenFile('token_file', file, cwd);
  const timeoutSeconds = parseTimeout(inputs);
  const allowInsecure = inputs.bool('allow_insecure_http');
  const api = parseBitriseApi(inputs, NOT_ON_BITRISE, allowInsecure);
  const verbose = inputs.bool('verbose');
  return {
    audience,
    api,
    tokenFile,
    timeoutSeconds,
    insecureUrls: isInsecureHttp(api.buildUrl) ? [api.buildUrl] : [],
    verbose,
    shown: inputs.shown,
    secrets: inputs.secrets,
  };
}
