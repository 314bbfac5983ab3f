import { ExitCode, InputError, StepError } from '../core/errors';
import { secureUrl } from '../net/endpoints';
import type { Inputs } from './inputs';

/** The Bitrise build API of the running build. */
export interface BitriseApi {
  kind: 'bitrise';
  buildUrl: URL;
  apiToken: string;
}

/** Where the identity token comes from. */
export type TokenSource = BitriseApi | { kind: 'value'; token: string } | { kind: 'file'; path: string };

const LOCAL_RUN_HINT =
  'On Bitrise, BITRISE_BUILD_URL and BITRISE_BUILD_API_TOKEN are set for every build. To run elsewhere (a local ' +
  '`bitrise run`, or a token minted by another step), give the token instead: `web_identity_token_file` (a file ' +
  "holding the token) or `web_identity_token` (the token itself); or use an IAM user's access key with " +
  '`access_key_id` and `secret_access_key`.';

/**
 * The Bitrise build API: `build_url` and `build_api_token`. The API token goes into HTTP headers, so a control
 * character or a character beyond Latin-1 (a paste slip) is refused here rather than failing as a network error.
 */
export function parseBitriseApi(inputs: Inputs, localRunHint: string, allowInsecure = false): BitriseApi {
  const buildUrl = inputs.optional('build_url');
  const apiToken = inputs.optional('build_api_token');
  if (buildUrl === undefined) {
    throw new StepError(
      'Not running on Bitrise: `build_url` is empty, so there is no Bitrise API to ask for an identity token.',
      { hint: localRunHint, exitCode: ExitCode.badInput },
    );
  }
  const url = secureUrl({ input: 'build_url' }, buildUrl, allowInsecure);
  if (apiToken === undefined) {
    throw new InputError(
      'build_api_token',
      'is required but empty.',
      'Leave it at its default, $BITRISE_BUILD_API_TOKEN, which Bitrise sets for every build.',
    );
  }
  if (/[^\u0020-\u007e\u00a0-\u00ff]/.test(apiToken)) {
    throw new InputError(
      'build_api_token',
      'holds a control character (such as a line break) or a character that cannot be sent in an HTTP header.',
      'Leave it at its default, $BITRISE_BUILD_API_TOKEN; a copied token may have picked up a line break.',
    );
  }
  return { kind: 'bitrise', buildUrl: url, apiToken };
}

/**
 * The Authenticate step's token source: a token given as a value or a file, or else the Bitrise API. Setting both
 * token inputs is an error naming both.
 */
/** The longest WebIdentityToken STS accepts. */
export const MAX_TOKEN_LENGTH = 20_000;

export function parseTokenSource(inputs: Inputs, allowInsecure = false): TokenSource {
  const token = inputs.optional('web_identity_token');
  const file = inputs.optional('web_identity_token_file');
  if (token !== undefined && file !== undefined) {
    throw new InputError(
      'web_identity_token',
      'and `web_identity_token_file` are both set; set only one of them.',
      'Use `web_identity_token_file` for a file written by the Get OIDC Identity Token step.',
    );
  }
  if (token !== undefined) {
    if (token.length < 4 || token.length > MAX_TOKEN_LENGTH) {
      throw new InputError(
        'web_identity_token',
        `is ${token.length} characters long; STS accepts 4 to ${MAX_TOKEN_LENGTH}.`,
        'Give the identity token itself (a JWT), as the Get OIDC Identity Token step publishes it.',
      );
    }
    return { kind: 'value', token };
  }
  if (file !== undefined) return { kind: 'file', path: file };
  return parseBitriseApi(inputs, LOCAL_RUN_HINT, allowInsecure);
}
