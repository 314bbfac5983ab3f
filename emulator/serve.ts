/**
 * `npm run emulator`: starts the local emulator (OIDC issuer, Bitrise build API, AWS STS on 127.0.0.1) and keeps it
 * running until stopped (Ctrl-C, SIGTERM). No set-up needed: it writes `.cache/emulator/env.sh` (0600), which exports
 * what points the CLI and the steps at it, and prints the same lines. The build API token is a secret the emulator
 * minted for this run: it stays in `.cache/emulator/api-token` (0600), and the lines read it from there. Its process ID
 * is in `.cache/emulator/pid`, to stop it from a script (`kill "$(cat .cache/emulator/pid)"`).
 *
 * `tsx emulator/serve.ts ENV_FILE` (bitrise.yml's e2e workflow) writes KEY=VALUE lines to ENV_FILE instead.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Emulator, ROLE_ARN } from './emulator';

const emu = await Emulator.start();
const file = process.argv[2];
if (file) {
  const env = {
    EMULATOR_BUILD_URL: emu.bitrise.buildUrl,
    EMULATOR_BUILD_API_TOKEN: emu.bitrise.apiToken,
    AWS_ENDPOINT_URL_STS: emu.sts.url,
    EMULATOR_ROLE_ARN: ROLE_ARN,
  };
  const lines = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  console.log(`Emulator running: Bitrise API ${emu.bitrise.buildUrl}, STS ${emu.sts.url}. Stop with Ctrl-C.`);
} else {
  const folder = resolve(import.meta.dirname, '../.cache/emulator');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  writeFileSync(join(folder, 'api-token'), emu.bitrise.apiToken, { mode: 0o600 });
  writeFileSync(join(folder, 'pid'), `${process.pid}\n`, { mode: 0o600 });
  const exports = [
    `export BITRISE_BUILD_URL=${emu.bitrise.buildUrl}`,
    `export BITRISE_BUILD_API_TOKEN="$(cat '${join(folder, 'api-token')}')"`,
    `export AWS_ENDPOINT_URL_STS=${emu.sts.url}`,
    `export EMULATOR_ROLE_ARN=${ROLE_ARN}`,
  ];
  // Written last: a script that waits for env.sh finds the emulator up.
  writeFileSync(join(folder, 'env.sh'), `${exports.join('\n')}\n`, { mode: 0o600 });
  console.log(
    [
      'The emulator runs on 127.0.0.1 (stop it with Ctrl-C):',
      `  Bitrise build API  ${emu.bitrise.buildUrl}`,
      `  OIDC issuer        ${emu.issuer.jwksUrl}`,
      `  AWS STS            ${emu.sts.url}   (the role ${ROLE_ARN} trusts its tokens)`,
      '',
      'In another shell, point the CLI and the steps at it (or: . .cache/emulator/env.sh):',
      ...exports.map((line) => `  ${line}`),
    ].join('\n'),
  );
}
// Keep-alive connections can hold a server's close open: the process ends within a second whatever they do.
const stop = () => {
  // env.sh is there only while the emulator runs: a script that waits for it never finds an old one.
  if (!file) rmSync(resolve(import.meta.dirname, '../.cache/emulator'), { recursive: true, force: true });
  setTimeout(() => process.exit(0), 1000).unref();
  void emu.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
