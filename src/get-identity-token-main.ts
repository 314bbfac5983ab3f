/** Entry of variants/get-identity-token/dist/main.cjs: the Get OIDC Identity Token step. */

import { tuneV8ForOneShot } from './core/v8-tuning';
import { publishWithEnvman } from './publish/envman';
import { run } from './runner';
import { getIdentityToken } from './steps/get-identity-token';

tuneV8ForOneShot();
void run((ctx) => getIdentityToken(process.env, ctx), { publish: publishWithEnvman, colorOnPipes: true });
