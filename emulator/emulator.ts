/**
 * The local emulator: an OIDC issuer, the Bitrise build API and AWS STS on 127.0.0.1, wired together like the real
 * services (STS trusts the issuer as the OIDC provider token.builds.bitrise.io with audience sts.amazonaws.com).
 * Used by the tests and by `npm run demo`.
 */
import { FakeBitriseApi } from './bitrise-api';
import { FakeEcr } from './ecr';
import type { ListenOptions } from './http';
import { BITRISE_ISSUER, Issuer } from './issuer';
import { FakeSts } from './sts';
import { makeCertificate, type TestCertificate } from './tls';

export const ROLE_ARN = 'arn:aws:iam::123456789012:role/bitrise-deploy';

/**
 * The names the TLS emulator's certificate holds: its loopback address, and the made-up hosts a test routes through
 * a proxy to it (sts.emulator.test, say). Nothing resolves them: only a proxy that maps them to 127.0.0.1 reaches them.
 */
export const TLS_NAMES = ['127.0.0.1', 'localhost', '*.emulator.test'] as const;

export interface EmulatorOptions {
  /**
   * Serve the Bitrise API, STS and ECR over https, with a certificate from a throw-away CA (`certificate.ca`, which a
   * client must trust: NODE_EXTRA_CA_CERTS for the steps, as tlsEnv() sets it).
   */
  tls?: boolean;
}

export class Emulator {
  private ecrServer: FakeEcr | undefined;

  private constructor(
    readonly issuer: Issuer,
    readonly bitrise: FakeBitriseApi,
    readonly sts: FakeSts,
    /** The TLS emulator's certificate (undefined: plain http). */
    readonly certificate: TestCertificate | undefined,
  ) {}

  /** Starts the local ECR and ECR Public, which accept the credentials the local STS issued. */
  async startEcr(): Promise<FakeEcr> {
    this.ecrServer ??= await FakeEcr.start(this.sts, this.listenOptions());
    return this.ecrServer;
  }

  private listenOptions(): ListenOptions {
    return this.certificate ? { tls: this.certificate } : {};
  }

  static async start(options: EmulatorOptions = {}): Promise<Emulator> {
    const certificate = options.tls ? makeCertificate(...TLS_NAMES) : undefined;
    const listen = certificate ? { tls: certificate } : {};
    const issuer = await Issuer.start();
    const [bitrise, sts] = await Promise.all([FakeBitriseApi.start(issuer, listen), FakeSts.start(listen)]);
    sts.addProvider({ url: BITRISE_ISSUER, audiences: ['sts.amazonaws.com'], jwksUrl: issuer.jwksUrl });
    sts.addRole({ arn: ROLE_ARN, maxSessionDuration: 43200 });
    return new Emulator(issuer, bitrise, sts, certificate);
  }

  /** What makes a Node.js client trust the TLS emulator (nothing for plain http). */
  tlsEnv(): Record<string, string> {
    return this.certificate ? { NODE_EXTRA_CA_CERTS: this.certificate.ca } : {};
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
