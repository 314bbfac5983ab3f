/** The one reader of IAM policy JSON (session policies, trust policies): an object with a `Statement`. */
export class PolicyDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyDocumentError';
  }
}

export function parsePolicyDocument(text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new PolicyDocumentError(`is not valid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('Statement' in parsed)) {
    throw new PolicyDocumentError('is JSON but not a policy document: it needs a "Statement"');
  }
  return parsed as Record<string, unknown>;
}
