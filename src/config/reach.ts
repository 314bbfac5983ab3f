/** How the step reaches AWS: the endpoints the user set, FIPS and dual-stack, and the plain-http opt-in. */
import { type AwsAccess, isInsecureHttp, parseAwsEndpoints } from '../net/endpoints';
import type { Env, Inputs } from './inputs';
import type { Identity } from './model';

/** The AWS endpoints, plain http, FIPS and dual-stack (the inputs, or the SDK's standard variables). */
export function parseAccess(inputs: Inputs, env: Env, allowInsecure: boolean) {
  const on = (input: string, variable: string) => inputs.bool(input) || env[variable]?.trim().toLowerCase() === 'true';
  return parseAwsEndpoints(env, allowInsecure, {
    useFips: on('use_fips_endpoint', 'AWS_USE_FIPS_ENDPOINT'),
    useDualstack: on('use_dualstack_endpoint', 'AWS_USE_DUALSTACK_ENDPOINT'),
  });
}

/** Plain-http URLs to non-loopback hosts the user allowed, for a warning. */
export function insecureUrlsOf(aws: AwsAccess, auth: Identity): URL[] {
  const urls = Object.values(aws.endpoints).filter(isInsecureHttp);
  if (auth.kind === 'token' && auth.token.kind === 'bitrise' && isInsecureHttp(auth.token.buildUrl)) {
    urls.push(auth.token.buildUrl);
  }
  return urls;
}
