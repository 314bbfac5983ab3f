/**
 * The HTTP layer under every AWS SDK client of the step. It looks at the URL each request actually goes to — however it
 * was chosen: an endpoint variable, `endpoint_url` in the AWS config file, or the SDK's default — and
 *   - refuses plain http to a host that is not loopback unless `allow_insecure_http` is on;
 *   - sends it through the proxy the environment names for that URL (proxy.ts), or direct, on the connection opened
 *     early for it when there is one (agents.ts, early.ts);
 *   - remembers it, so that the log and every message name the real endpoint;
 *   - caps the answer: more than MAX_ANSWER_BYTES is cut off with an error, never parsed.
 */

import { Transform } from 'node:stream';
import type { NodeHttpHandler } from '@smithy/node-http-handler';
import type { HttpHandlerOptions, HttpResponse } from '@smithy/types';
import { ExitCode, StepError } from '../core/errors';
import { MAX_ANSWER_BYTES } from '../core/limits';
import { agentsFor } from './agents';
import { INSECURE_HINT, isInsecureHttp } from './endpoints';

/** No STS or ECR answer the step reads comes near this; a larger one is not what it asked for. */
type HttpRequest = Parameters<NodeHttpHandler['handle']>[0];

/** The answer grew past MAX_ANSWER_BYTES; raised from inside the SDK's body reading. */
export class AnswerTooLargeError extends Error {
  constructor(readonly url: string) {
    super(`the answer from ${url} was larger than ${MAX_ANSWER_BYTES / 1024} KiB`);
    this.name = 'AnswerTooLargeError';
  }
}

function urlOf(request: HttpRequest): URL {
  const port = request.port ? `:${request.port}` : '';
  return new URL(`${request.protocol}//${request.hostname}${port}${request.path}`);
}

function capped(body: NodeJS.ReadableStream, url: string): Transform {
  let size = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > MAX_ANSWER_BYTES) {
        (body as { destroy?: () => void }).destroy?.();
        done(new AnswerTooLargeError(url));
      } else done(null, chunk);
    },
  });
  body.on('error', (error) => cap.destroy(error as Error));
  return body.pipe(cap);
}

export class AwsTransport {
  readonly metadata = { handlerProtocol: 'http/1.1' };
  /** The URL of the last request sent (for messages), or undefined before the first. */
  lastUrl: URL | undefined;
  private readonly handlers = new Map<string, NodeHttpHandler>();
  /** Aborted when the client is done: ends its proxy connections, one still waiting for its CONNECT included. */
  private readonly closing = new AbortController();

  constructor(
    /** The SDK's Node.js handler class, from the AWS chunk. */
    private readonly Handler: typeof NodeHttpHandler,
    private readonly allowInsecure: boolean,
    private readonly onRequest: (url: URL) => void = () => undefined,
  ) {}

  private handlerFor(url: URL): NodeHttpHandler {
    let handler = this.handlers.get(url.origin);
    if (!handler) {
      handler = new this.Handler(agentsFor(url, this.closing.signal));
      this.handlers.set(url.origin, handler);
    }
    return handler;
  }

  async handle(request: HttpRequest, options?: HttpHandlerOptions): Promise<{ response: HttpResponse }> {
    const url = urlOf(request);
    if (isInsecureHttp(url) && !this.allowInsecure) {
      throw new StepError(
        `The AWS endpoint ${url.origin} uses plain http: credentials and tokens would travel unencrypted. It was ` +
          'set by an AWS_ENDPOINT_URL* variable or by endpoint_url in the AWS config file (AWS_CONFIG_FILE, ~/.aws/config).',
        { hint: INSECURE_HINT, exitCode: ExitCode.badInput },
      );
    }
    this.lastUrl = url;
    this.onRequest(url);
    const { response } = await this.handlerFor(url).handle(request, options);
    const length = Number(response.headers['content-length']);
    if (length > MAX_ANSWER_BYTES) {
      (response.body as { destroy?: () => void }).destroy?.();
      throw new AnswerTooLargeError(url.origin);
    }
    response.body = capped(response.body as NodeJS.ReadableStream, url.origin);
    return { response };
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  destroy(): void {
    this.closing.abort();
    for (const handler of this.handlers.values()) handler.destroy();
    this.handlers.clear();
  }
}
