/**
 * `npm run demo`: starts the local emulator (OIDC issuer, Bitrise build API, AWS STS on 127.0.0.1), runs `bash step.sh`
 * against it as Bitrise would, with a recording envman on PATH, and prints the step's log and what it published, with
 * secrets masked.
 */
import { Emulator } from '../emulator/emulator';
import { AUTHENTICATE, runStep } from '../test/support/run-step';

function mask(value: string): string {
  return `[REDACTED] (${value.length} characters)`;
}

async function main(): Promise<number> {
  const emu = await Emulator.start();
  try {
    console.log('Local emulator:');
    console.log(`  OIDC issuer JWKS   ${emu.issuer.jwksUrl}`);
    console.log(`  Bitrise build API  ${emu.bitrise.buildUrl}`);
    console.log(`  AWS STS            ${emu.sts.url}`);
    console.log('\n$ bash step.sh   (role_arn=arn:aws:iam::123456789012:role/bitrise-deploy, region=eu-west-1)');
    console.log('─'.repeat(100));
    const run = await runStep(AUTHENTICATE, emu.stepEnv({ region: 'eu-west-1' }));
    process.stdout.write(run.stdout.endsWith('\n') ? run.stdout : `${run.stdout}\n`);
    if (run.stderr) process.stdout.write(run.stderr);
    console.log('─'.repeat(100));
    console.log(`exit code ${run.code}, ${run.ms} ms\n`);
    console.log('Published with envman:');
    // The adds run together, so they are listed in the order the step's log names the outputs.
    const position = (key: string) => run.stdout.indexOf(`- $${key}`);
    for (const call of [...run.calls].sort((a, b) => position(a.key) - position(b.key))) {
      const flags = [call.sensitive ? 'sensitive' : '', call.noExpand ? 'no-expand' : ''].filter(Boolean).join(', ');
      console.log(`  ${call.key.padEnd(27)} ${call.sensitive ? mask(call.value) : call.value}   (${flags})`);
    }
    return run.code;
  } finally {
    await emu.close();
  }
}

main().then((code) => {
  process.exitCode = code;
});
