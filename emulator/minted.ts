/**
 * Every secret the emulator mints (API tokens, identity tokens, keys, session tokens, registry passwords) passes
 * through `minted`, so that whoever runs the emulator can watch for them: the test suite's secret guard registers a
 * hook (test/setup.ts) and fails the run if any of them shows up in a log, an error or a child's argv.
 */
type Hook = (secret: string) => void;
const hooks: Hook[] = [];

export function onMinted(hook: Hook): void {
  hooks.push(hook);
}

export function minted(secret: string): string {
  for (const hook of hooks) hook(secret);
  return secret;
}
