/**
 * Stands in for proxy-agent-negotiate in the bundles. It would load the `kerberos` package from wherever Node finds it
 * when a proxy asks for Negotiate authentication: code from outside the bundle. The step supports Basic proxy
 * credentials (in the proxy URL); a Negotiate challenge is answered like any other refusal by the proxy.
 */
export function createNegotiateAuth() {
  return async (): Promise<never> => {
    throw new Error('the proxy asks for Negotiate (Kerberos) authentication, which this step does not support');
  };
}
