/** Entry of variants/get-identity-token/dist/main.cjs: the Get OIDC Identity Token step. */
import { runStep } from './run';
import { getIdentityToken } from './steps/get-identity-token';

runStep(getIdentityToken);
