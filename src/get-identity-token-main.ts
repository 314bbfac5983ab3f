/** Entry of variants/get-identity-token/dist/main.cjs: the Get OIDC Identity Token step. */
import { publishWithEnvman } from './publish/envman';
import { run } from './runner';
import { getIdentityToken } from './steps/get-identity-token';
import { tuneV8ForOneShot } from './v8-tuning';

tuneV8ForOneShot();
void run((ctx) => getIdentityToken(process.env, ctx), { publish: publishWithEnvman });
