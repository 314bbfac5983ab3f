/** Property-based tests of the input parser and validators (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAuthenticateConfig } from '../../src/config/authenticate';
import { parseSessionName, sanitiseSessionName } from '../../src/config/aws-values';
import { parseIdentityTokenConfig } from '../../src/config/identity-token';
import { AUTHENTICATE_INPUTS } from '../../src/config/table';
import { InputError, StepError } from '../../src/core/errors';

const ROLE = 'arn:aws:iam::123456789012:role/deploy';
const API = { build_url: 'https://app.bitrise.io/build/1', build_api_token: 'api-token' };
/** Every input of the step, from the input table (a new input is fuzzed without touching this file). */
const INPUTS = AUTHENTICATE_INPUTS.map((spec) => spec.key);
/**
 * Region codes as AWS's own endpoint model (botocore's partitions.json, `regionRegex` of each partition) describes
 * them: every such code must be accepted. Written here, not taken from the product.
 */
const AWS_REGION_REGEXES = [
  /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/,
  /^cn-\w+-\d+$/,
  /^us-gov-\w+-\d+$/,
  /^us-iso-\w+-\d+$/,
  /^us-isob-\w+-\d+$/,
  /^eu-isoe-\w+-\d+$/,
  /^us-isof-\w+-\d+$/,
  /^eusc-(de)-\w+-\d+$/,
];
const NAME_CHAR = fc.constantFrom(...'abcXYZ019_+=,.@-'.split(''));
const validName = (min: number, max: number) =>
  fc.array(NAME_CHAR, { minLength: min, maxLength: max }).map((chars) => chars.join(''));

/** What a parse did: a config, or an error that names an input key (never a crash). */
function outcome(env: Record<string, string>): 'ok' | string {
  try {
    parseAuthenticateConfig(env);
    return 'ok';
  } catch (error) {
    if (error instanceof InputError) return error.input;
    if (error instanceof StepError) {
      const named = INPUTS.find((key) => error.message.includes(`\`${key}\``));
      if (named) return named;
    }
    throw error;
  }
}

describe('parseAuthenticateConfig', () => {
  it("accepts every region code of AWS's endpoint model", () => {
    const region = fc
      .tuple(
        fc.constantFrom('us', 'eu', 'ap', 'sa', 'ca', 'me', 'af', 'il', 'mx', 'cn', 'us-gov', 'us-iso', 'us-isob'),
        fc.constantFrom('east', 'west', 'north', 'south', 'central', 'southeast', 'northeast'),
        fc.integer({ min: 1, max: 9 }),
      )
      .map(([area, direction, n]) => `${area}-${direction}-${n}`);
    fc.assert(
      fc.property(region, (code) => {
        expect(AWS_REGION_REGEXES.some((r) => r.test(code))).toBe(true);
        const partition = code.startsWith('cn-')
          ? 'aws-cn'
          : code.startsWith('us-gov-')
            ? 'aws-us-gov'
            : code.startsWith('us-isob-')
              ? 'aws-iso-b'
              : code.startsWith('us-iso-')
                ? 'aws-iso'
                : 'aws';
        expect(outcome({ role_arn: `arn:${partition}:iam::123456789012:role/deploy`, ...API, region: code })).toBe(
          'ok',
        );
      }),
    );
  });

  it('never crashes on arbitrary strings in any input, and every refusal names an input', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INPUTS), fc.string({ unit: 'binary' }), (key, value) => {
        const result = outcome({ role_arn: ROLE, ...API, [key]: value });
        expect(result === 'ok' || INPUTS.includes(result)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('names the input that is wrong', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('region', 'duration_seconds', 'verbose', 'timeout_seconds', 'docker_login'),
        fc.string({ minLength: 1 }).filter((s) => !/^[\s\d]*$/.test(s) && !['true', 'false'].includes(s.trim())),
        (key, value) => {
          const result = outcome({ role_arn: ROLE, ...API, [key]: value });
          // A region code the product accepts beyond AWS's model (a region newer than this test) is no refusal.
          if (key === 'region' && result === 'ok') return;
          expect(result).toBe(key);
        },
      ),
    );
  });

  it('accepts every valid combination and keeps the values', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{12}$/),
        validName(1, 64),
        fc.constantFrom('us-east-1', 'eu-west-2', 'ap-southeast-5', 'sa-east-1', 'me-central-1'),
        validName(2, 64),
        fc.integer({ min: 900, max: 43200 }),
        (account, role, region, session, duration) => {
          const config = parseAuthenticateConfig({
            ...API,
            role_arn: `arn:aws:iam::${account}:role/${role}`,
            region,
            session_name: session,
            duration_seconds: String(duration),
          });
          expect(config.targets[0]?.session.role.accountId).toBe(account);
          expect(config.targets[0]?.session.role.name).toBe(role);
          expect(config.targets[0]?.session.sessionName).toBe(session);
          expect(config.targets[0]?.session.durationSeconds).toBe(duration);
        },
      ),
    );
  });

  it('refuses every duration outside 900–43200', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 899 }), fc.integer({ min: 43201, max: 10_000_000 })),
        (duration) => {
          expect(outcome({ role_arn: ROLE, ...API, duration_seconds: String(duration) })).toBe('duration_seconds');
        },
      ),
    );
  });
});

describe('session names', () => {
  it('sanitising any string gives a name STS accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        expect(parseSessionName('session_name', sanitiseSessionName(value))).toMatch(/^[\w+=,.@-]{2,64}$/);
      }),
    );
  });

  it('a name with any character outside the set is refused, naming session_name', () => {
    fc.assert(
      fc.property(
        validName(1, 30),
        fc.string({ minLength: 1, maxLength: 1 }).filter((c) => !/[\w+=,.@-]/.test(c)),
        (name, bad) => {
          expect(() => parseSessionName('session_name', `${name}${bad}x`)).toThrow(/`session_name`/);
        },
      ),
    );
  });
});

describe('parseIdentityTokenConfig', () => {
  it('never crashes on an arbitrary audience, and refuses only by naming audience', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (audience) => {
        try {
          expect(parseIdentityTokenConfig({ ...API, audience }).audience).toBe(audience.trim());
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect((error as InputError).input).toBe('audience');
        }
      }),
    );
  });
});
