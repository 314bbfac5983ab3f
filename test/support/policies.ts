/** Trust policies for the tests, as a user would write them for the Bitrise provider. */
export const HOST = 'token.builds.bitrise.io';

/** Allow the Bitrise provider for aud sts.amazonaws.com and this exact sub (and any other StringEquals keys). */
export function policy(sub: string, extra: Record<string, string> = {}) {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${HOST}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { [`${HOST}:aud`]: 'sts.amazonaws.com', [`${HOST}:sub`]: sub, ...extra } },
      },
    ],
  };
}

export const LOCKED = 'arn:aws:iam::123456789012:role/locked-to-main';

/** IAM's judgement of policy('app:…:workflow:release') for LOCKED, written by hand: aud and sub must both match. */
export const lockedTrust = (c: { aud?: unknown; sub?: unknown }) =>
  c.aud === 'sts.amazonaws.com' && c.sub === 'app:a1b2c3d4e5f60718:workflow:release';
