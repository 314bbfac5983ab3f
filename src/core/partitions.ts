/**
 * The AWS partitions, once: each one's name (the second field of its ARNs), the prefix of its regions' names, and the
 * DNS suffixes of its endpoints (and of its dual-stack endpoints), as the AWS SDKs' partition data gives them. Config, the checks of STS's answers, the
 * endpoints, the trust-policy generator and the CLI all read this table.
 */
export interface Partition {
  name: string;
  regionPrefix: RegExp;
  dnsSuffix: string;
  dualStackDnsSuffix: string;
}

/** More specific prefixes first (us-gov- and us-iso- before the aws partition's us-). */
export const PARTITIONS: readonly Partition[] = [
  {
    name: 'aws-cn',
    regionPrefix: /^cn-/,
    dnsSuffix: 'amazonaws.com.cn',
    dualStackDnsSuffix: 'api.amazonwebservices.com.cn',
  },
  { name: 'aws-us-gov', regionPrefix: /^us-gov-/, dnsSuffix: 'amazonaws.com', dualStackDnsSuffix: 'api.aws' },
  { name: 'aws-iso', regionPrefix: /^us-iso-/, dnsSuffix: 'c2s.ic.gov', dualStackDnsSuffix: 'api.aws.ic.gov' },
  { name: 'aws-iso-b', regionPrefix: /^us-isob-/, dnsSuffix: 'sc2s.sgov.gov', dualStackDnsSuffix: 'api.aws.scloud' },
  {
    name: 'aws-iso-e',
    regionPrefix: /^eu-isoe-/,
    dnsSuffix: 'cloud.adc-e.uk',
    dualStackDnsSuffix: 'api.cloud-aws.adc-e.uk',
  },
  {
    name: 'aws-iso-f',
    regionPrefix: /^us-isof-/,
    dnsSuffix: 'csp.hci.ic.gov',
    dualStackDnsSuffix: 'api.aws.hci.ic.gov',
  },
  {
    name: 'aws-eusc',
    regionPrefix: /^eusc-/,
    dnsSuffix: 'amazonaws.eu',
    dualStackDnsSuffix: 'api.amazonwebservices.eu',
  },
  { name: 'aws', regionPrefix: /^[a-z]{2,4}-/, dnsSuffix: 'amazonaws.com', dualStackDnsSuffix: 'api.aws' },
];

const AWS = PARTITIONS.at(-1) as Partition;

export function partitionOf(region: string): Partition {
  return PARTITIONS.find((p) => p.regionPrefix.test(region)) ?? AWS;
}

/** The partition a region belongs to: `aws` unless a more specific prefix says otherwise. */
export function partitionOfRegion(region: string): string {
  return partitionOf(region).name;
}

export function isPartition(name: string): boolean {
  return PARTITIONS.some((p) => p.name === name);
}

/** The partition names as a regular-expression alternation (longest first, so aws-iso-b is not read as aws-iso). */
export const PARTITION_PATTERN = `(?:${[...PARTITIONS]
  .map((p) => p.name)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

export const PARTITION_NAMES = PARTITIONS.map((p) => p.name);
