/** Credentials as every stage holds them (the exchange makes them; ECR, the profile and the outputs use them). */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Empty for long-term access keys. */
  sessionToken: string;
  /** Undefined for long-term access keys. */
  expiration: Date | undefined;
  /** The assumed-role session ARN (arn:aws:sts::<account>:assumed-role/<role>/<session>), or the caller's ARN. */
  assumedRoleArn: string;
  accountId: string;
}
