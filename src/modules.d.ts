// Types for modules without their own: the undici modules net/http.ts loads directly, and proxy-from-env.
declare module 'undici/lib/dispatcher/agent' {
  import type { Agent } from 'undici';

  const AgentClass: typeof Agent;
  export = AgentClass;
}
declare module 'undici/lib/dispatcher/proxy-agent' {
  import type { ProxyAgent } from 'undici';

  const ProxyAgentClass: typeof ProxyAgent;
  export = ProxyAgentClass;
}
declare module 'undici/lib/dispatcher/dispatcher' {
  import type { Dispatcher } from 'undici';

  const DispatcherClass: typeof Dispatcher;
  export = DispatcherClass;
}
declare module 'undici/lib/api/api-request' {
  const request: (...args: unknown[]) => unknown;
  export = request;
}
declare module 'undici/lib/api/api-connect' {
  const connect: (...args: unknown[]) => unknown;
  export = connect;
}
declare module 'proxy-from-env' {
  /** The proxy URL for `url` from HTTP(S)_PROXY / ALL_PROXY and NO_PROXY, or '' to go direct. */
  export function getProxyForUrl(url: string): string;
}
