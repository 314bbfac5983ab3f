/**
 * The endpoint the step names (in its messages) and connects to early is the one the SDK sends to: for STS, ECR and
 * ECR Public, in a region of every partition, with and without FIPS and dual-stack, endpointLabel against the SDK's
 * own endpoint resolver (the oracle: the clients' endpoint rules, not this project's code). A combination the SDK
 * refuses is left out.
 */
import { ECRClient } from '@aws-sdk/client-ecr';
import { ECRPUBLICClient } from '@aws-sdk/client-ecr-public';
import { STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { PARTITIONS } from '../../src/core/partitions';
import { type AwsService, endpointLabel } from '../../src/net/endpoints';

/** One region of each partition (its prefix, and a name of the form the SDK's rules accept). */
const REGIONS: Record<string, string> = {
  aws: 'eu-west-1',
  'aws-cn': 'cn-north-1',
  'aws-us-gov': 'us-gov-west-1',
  'aws-iso': 'us-iso-east-1',
  'aws-iso-b': 'us-isob-east-1',
  'aws-iso-e': 'eu-isoe-west-1',
  'aws-iso-f': 'us-isof-south-1',
  'aws-eusc': 'eusc-de-east-1',
};

type Resolver = (params: Record<string, unknown>) => { url: URL };
const CLIENTS: Record<AwsService, new (config: object) => { config: { endpointProvider: Resolver } }> = {
  sts: STSClient as never,
  ecr: ECRClient as never,
  ecrPublic: ECRPUBLICClient as never,
};

/** The origin the SDK's rules give, or undefined where the SDK refuses the combination. */
function sdkOrigin(service: AwsService, region: string, fips: boolean, dualstack: boolean): string | undefined {
  const client = new CLIENTS[service]({ region, credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  try {
    const params = { Region: region, UseFIPS: fips, UseDualStack: dualstack, UseGlobalEndpoint: false };
    return client.config.endpointProvider(params).url.origin;
  } catch {
    return undefined;
  }
}

/** Every combination, with the SDK's origin for it (ECR Public is called in us-east-1, its one region in `aws`). */
const CASES = PARTITIONS.flatMap((p) =>
  (['sts', 'ecr', 'ecrPublic'] as const).flatMap((service) =>
    [false, true].flatMap((fips) =>
      [false, true].map((dualstack) => {
        const region = service === 'ecrPublic' && p.name === 'aws' ? 'us-east-1' : (REGIONS[p.name] ?? '');
        return {
          partition: p.name,
          service,
          fips,
          dualstack,
          region,
          sdk: sdkOrigin(service, region, fips, dualstack),
        };
      }),
    ),
  ),
);
const RESOLVED = CASES.filter((c) => c.sdk !== undefined);

describe('the endpoint the step names is the one the SDK sends to', () => {
  it('has a region for every partition of the table', () => {
    expect(Object.keys(REGIONS).sort()).toEqual(PARTITIONS.map((p) => p.name).sort());
  });

  it('compares most combinations: the SDK refuses few', () => {
    expect(RESOLVED.length).toBeGreaterThanOrEqual(CASES.length - 8);
  });

  it.each(RESOLVED)('$partition $service (FIPS $fips, dual-stack $dualstack)', (c) => {
    const access = { endpoints: {}, allowInsecure: false, useFips: c.fips, useDualstack: c.dualstack };
    expect(endpointLabel(access, c.service, c.region)).toBe(c.sdk);
  });
});
