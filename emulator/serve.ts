/**
 * Starts the local emulator and keeps it running until stopped (SIGINT/SIGTERM), for `bitrise run e2e` and manual
 * runs. Writes the environment that points a step at it to the file given as the first argument, as KEY=VALUE lines
 * (the build API token is a secret the emulator minted for this run only).
 */
import { writeFileSync } from 'node:fs';
import { Emulator } from './emulator';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx emulator/serve.ts ENV_FILE');
  process.exit(2);
}
const emu = await Emulator.start();
const env = {
  EMULATOR_BUILD_URL: emu.bitrise.buildUrl,
  EMULATOR_BUILD_API_TOKEN: emu.bitrise.apiToken,
  AWS_ENDPOINT_URL_STS: emu.sts.url,
  EMULATOR_ROLE_ARN: 'arn:aws:iam::123456789012:role/bitrise-deploy',
};
writeFileSync(
  file,
  `${Object.entries(env)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n')}\n`,
  { mode: 0o600 },
);
console.log(`Emulator running: Bitrise API ${emu.bitrise.buildUrl}, STS ${emu.sts.url}. Stop with Ctrl-C.`);
const stop = () => emu.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
