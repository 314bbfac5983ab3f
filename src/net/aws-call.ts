/**
 * The one shape of every AWS call the step makes (STS, ECR, ECR Public): the SDK loaded, a client from the one factory
 * (aws-client.ts), the call retried within the step's policy, each failure classified by the caller, the verbose line
 * naming the operation and where it went, and the client closed afterwards.
 */
import type { StepError } from '../core/errors';
import type { Logger } from '../core/log';
import { type AwsSdk, loadAws } from '../sdk/load';
import { type AwsClientSetup, awsClient, type ClientCredentials } from './aws-client';
import type { AwsAccess, AwsService } from './endpoints';
import { type RetryPolicy, withRetry } from './retry';

/**
 * One AWS call. `load` picks the SDK module the call needs (STS is in the SDK's first chunk; ECR and ECR Public load on
 * first use); `client` and `send` get that module, so a command class is taken from it, never smuggled.
 */
export interface AwsCall<M, C, T> {
  /** What the call does, for retry warnings ("Assuming … with the identity token"). */
  what: string;
  /** The operation and what it is about, for the verbose log (never a secret). */
  operation: string;
  detail: string;
  service: AwsService;
  region: string;
  credentials: ClientCredentials | undefined;
  aws: AwsAccess;
  policy: RetryPolicy;
  log: Logger;
  /** The SDK module with the client class and the commands. */
  load: (sdk: AwsSdk) => M | Promise<M>;
  /** The SDK client for the call, from the factory's settings. */
  client: (module: M, config: AwsClientSetup['config']) => C;
  send: (client: C, module: M, signal: AbortSignal) => Promise<T>;
  /** Told, after a successful call, the endpoint (origin and path) the answer came from. */
  used?: ((endpoint: string) => void) | undefined;
  /** An error of one attempt as the user sees it (a TransientError to be retried). */
  classify: (error: unknown, endpoint: string, signal: AbortSignal) => StepError;
}

export async function callAws<M, C extends { destroy(): void }, T>(call: AwsCall<M, C, T>): Promise<T> {
  const sdk = await loadAws();
  const setup = awsClient({ sdk, ...call });
  const module = await call.load(sdk);
  const client = call.client(module, setup.config);
  try {
    return await withRetry(call.what, call.policy, async (signal, n) => {
      setup.announce(call.operation, `(attempt ${n}/${call.policy.attempts})${call.detail ? `: ${call.detail}` : ''}`);
      try {
        const answer = await call.send(client, module, signal);
        const used = setup.used();
        if (used !== undefined) call.used?.(used);
        return answer;
      } catch (error) {
        throw call.classify(error, setup.endpoint(), signal);
      }
    });
  } finally {
    client.destroy();
  }
}
