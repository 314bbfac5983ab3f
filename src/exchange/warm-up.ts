/** Starting the SDK while the step waits for its identity token (steps/authenticate.ts). */
import { Readable } from 'node:stream';
import { mark } from '../core/timing';
import { loadAws } from '../sdk/load';

/** A well-formed AssumeRoleWithWebIdentity answer, served by the warm-up's in-memory handler (never over a network). */
const WARM_UP_ANSWER =
  '<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult>' +
  '<AssumedRoleUser><Arn>arn:aws:sts::000000000000:assumed-role/w/w</Arn><AssumedRoleId>AROAW:w</AssumedRoleId></AssumedRoleUser>' +
  '<Credentials><AccessKeyId>ASIAWARMUPWARMUPWARM</AccessKeyId><SecretAccessKey>w</SecretAccessKey><SessionToken>w</SessionToken>' +
  '<Expiration>2100-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleWithWebIdentityResult>' +
  '<ResponseMetadata><RequestId>w</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>';

/**
 * Loads the SDK and runs one AssumeRoleWithWebIdentity through it against an in-memory handler: the SDK's code paths
 * (configuration, serialisation, XML parsing) are compiled and initialised while the step waits for its identity
 * token, instead of after. Nothing is sent, logged or kept; any failure is ignored (the real call reports its own).
 */
export async function warmUpSts(region: string): Promise<void> {
  try {
    const sdk = await loadAws();
    const handler = {
      metadata: { handlerProtocol: 'http/1.1' },
      handle: async () => ({
        response: {
          statusCode: 200,
          reason: 'OK',
          headers: { 'content-type': 'text/xml' },
          body: Readable.from([Buffer.from(WARM_UP_ANSWER)]),
        },
      }),
      updateHttpClientConfig: () => undefined,
      httpHandlerConfigs: () => ({}),
      destroy: () => undefined,
    };
    const sts = new sdk.STSClient({
      region,
      maxAttempts: 1,
      requestHandler: handler,
      endpoint: 'https://sts.warm-up.invalid',
    });
    await sts.send(
      new sdk.AssumeRoleWithWebIdentityCommand({
        RoleArn: 'arn:aws:iam::000000000000:role/w',
        RoleSessionName: 'w',
        WebIdentityToken: 'w',
      }),
    );
    sts.destroy();
    mark('AWS SDK warmed up');
  } catch {
    // a warm-up only
  }
}
