/**
 * The local emulator: an OIDC issuer, the Bitrise build API and AWS STS on 127.0.0.1, wired together like the real
 * services (STS trusts the issuer as the OIDC provider token.builds.bitrise.io with audience sts.amazonaws.com).
 * Used by the tests and by `npm run demo`.
 */
import { FakeBitriseApi } from './bitrise-api';
import { FakeEcr } from './ecr';
import { BITRISE_ISSUER, Issuer } from './issuer';
import { FakeSts } from './sts';

export const ROLE_ARN = 'arn:aws:iam::123456789012:role/bitrise-deploy';

export class Emulator {
  private ecrServer: FakeEcr | undefined;

  private constructor(
    readonly issuer: Issuer,
    readonly bitrise: FakeBitriseApi,
    readonly sts: FakeSts,
  ) {}

  /** Starts the local ECR and ECR Public, which accept the credentials the local STS issued. */
  async startEcr(): Promise<FakeEcr> {
    this.ecrServer ??= await FakeEcr.start(this.sts);
    return this.ecrServer;
  }

  static async start(): Promise<Emulator> {
    const issuer = await Issuer.start();
    const [bitrise, sts] = await Promise.all([FakeBitriseApi.start(issuer), FakeSts.start()]);
    sts.addProvider({ url: BITRISE_ISSUER, audiences: ['sts.amazonaws.com'], jwksUrl: issuer.jwksUrl });
    sts.addRole({ arn: ROLE_ARN, maxSessionDuration: 43200 });
    return new Emulator(issuer, bitrise, sts);
  }

  /** Forgets what earlier tests recorded and queued, so each test starts from a clean emulator. */
  reset(): void {
    this.bitrise.reset();
    this.sts.reset();
    this.ecrServer?.reset();
  }

  /**
   * What a Bitrise build sets for every step (the build URL and API token, the build number), and the AWS SDKs'
   * endpoint variables pointed at the emulator, for runs under the real Bitrise CLI.
   */
  buildEnv(): Record<string, string> {
    return {
      BITRISE_BUILD_URL: this.bitrise.buildUrl,
      BITRISE_BUILD_API_TOKEN: this.bitrise.apiToken,
      BITRISE_BUILD_NUMBER: '42',
      AWS_ENDPOINT_URL_STS: this.sts.url,
      ...(this.ecrServer
        ? { AWS_ENDPOINT_URL_ECR: this.ecrServer.url, AWS_ENDPOINT_URL_ECR_PUBLIC: this.ecrServer.url }
        : {}),
    };
  }

  /** The environment a Bitrise build would give the step, pointed at the emulator. */
  stepEnv(inputs: Record<string, string> = {}): Record<string, string> {
    return {
      BITRISE_BUILD_URL: this.bitrise.buildUrl,
      BITRISE_BUILD_API_TOKEN: this.bitrise.apiToken,
      BITRISE_BUILD_NUMBER: '42',
      build_url: this.bitrise.buildUrl,
      build_api_token: this.bitrise.apiToken,
      AWS_ENDPOINT_URL_STS: this.sts.url,
      ...(this.ecrServer
        ? { AWS_ENDPOINT_URL_ECR: this.ecrServer.url, AWS_ENDPOINT_URL_ECR_PUBLIC: this.ecrServer.url }
        : {}),
      role_arn: ROLE_ARN,
      session_name: 'bitrise-42',
      ...inputs,
    };
  }

  async close(): Promise<void> {
    await Promise.all([this.bitrise.close(), this.sts.close(), this.issuer.close(), this.ecrServer?.close()]);
  }
}
