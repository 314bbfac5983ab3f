/**
 * Stands in for the `debug` package (used by the proxy agents) in the bundles. The real one prints whatever its
 * callers pass (proxy URLs with credentials, under DEBUG=*) and loads `supports-color` from any node_modules folder
 * above the step or in ~/.node_modules at start-up: code from outside the bundle, with the build API token in the
 * environment. The step's own log is the only output.
 */
interface Debugger {
  (...args: unknown[]): void;
  enabled: boolean;
  namespace: string;
  extend: (namespace: string) => Debugger;
}

function createDebug(namespace: string): Debugger {
  const debug = (() => undefined) as unknown as Debugger;
  debug.enabled = false;
  debug.namespace = namespace;
  debug.extend = (child: string) => createDebug(`${namespace}:${child}`);
  return debug;
}

createDebug.enable = () => undefined;
createDebug.disable = () => '';
createDebug.enabled = () => false;

export default createDebug;
