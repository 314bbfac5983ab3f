/**
 * The values of an AssumeRole session the chained role (and a renewal replaying it) sends: session tags, the external
 * ID, the source identity, each checked as STS checks it and named by its input in an error.
 */
import { InputError } from '../core/errors';

/**
 * One `key=value` line: the key ends at the first `=`. A key or a value may be double-quoted, to hold `=` (a key) or
 * spaces at its ends (a value): `"a=b"=c`, `note="  padded  "`.
 */
function splitTag(line: string): { key: string; value: string } | undefined {
  const quoted = /^"([^"]*)"\s*=\s*(.*)$/.exec(line);
  const [key, rest] = quoted
    ? [quoted[1] ?? '', quoted[2] ?? '']
    : line.includes('=')
      ? [line.slice(0, line.indexOf('=')).trim(), line.slice(line.indexOf('=') + 1).trim()]
      : [undefined, ''];
  if (key === undefined) return undefined;
  const value = /^"(.*)"$/.exec(rest)?.[1] ?? rest;
  return { key, value };
}

/**
 * `key=value` per line: at most 50, keys of 1–128 and values of 0–256 letters, digits, spaces and _.:/=+-@; no key
 * starting with `aws:` (AWS keeps those).
 */
export function parseSessionTags(key: string, lines: string[]): Array<{ key: string; value: string }> {
  const chars = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
  if (lines.length > 50) throw new InputError(key, `lists ${lines.length} tags; STS accepts at most 50.`);
  const tags = lines.map((line) => {
    const tag = splitTag(line);
    if (!tag || tag.key.length < 1 || tag.key.length > 128 || !chars.test(tag.key)) {
      throw new InputError(
        key,
        `has a line that is not a tag: ${JSON.stringify(line)}.`,
        'One tag per line as key=value; keys of 1 to 128 and values of up to 256 letters, digits, spaces and _.:/=+-@. The key ends at the first =; double-quote a key that holds = ("a=b"=c) or a value with spaces at its ends (k="  v  ").',
      );
    }
    if (/^aws:/i.test(tag.key)) {
      throw new InputError(
        key,
        `has the tag key ${tag.key}: keys starting with aws: are AWS's own, and STS refuses them.`,
      );
    }
    if (tag.value.length > 256 || !chars.test(tag.value)) {
      throw new InputError(
        key,
        `has a value STS does not accept for ${tag.key} (up to 256 letters, digits, spaces and _.:/=+-@).`,
      );
    }
    return tag;
  });
  const seen = new Set<string>();
  for (const { key: k } of tags) {
    if (seen.has(k.toLowerCase())) throw new InputError(key, `lists the tag ${k} twice (keys are case-insensitive).`);
    seen.add(k.toLowerCase());
  }
  return tags;
}

/** An external ID: 2 to 1224 of letters, digits and _+=,.@:/-. */
export function parseExternalId(key: string, value: string): string {
  if (!/^[\w+=,.@:/-]{2,1224}$/.test(value)) {
    throw new InputError(key, 'must be 2 to 1224 characters of letters, digits and _+=,.@:/- only.');
  }
  return value;
}

/** A source identity: like a session name (2 to 64 of letters, digits and _+=,.@-), and not starting with aws:. */
export function parseSourceIdentity(key: string, value: string): string {
  if (!/^[\w+=,.@-]{2,64}$/.test(value) || /^aws:/i.test(value)) {
    throw new InputError(
      key,
      'must be 2 to 64 characters of letters, digits and _+=,.@- only, and not start with aws:.',
    );
  }
  return value;
}
