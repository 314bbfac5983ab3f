import { InputError } from '../core/errors';
import type { InputSpec } from './table';

/** The environment a step reads its inputs from: Bitrise passes each input as a variable named after its key. */
export type Env = Readonly<Record<string, string | undefined>>;

/** One line of the config section of the log. Secrets are shown only as set or not. */
export interface ShownInput {
  key: string;
  shown: string;
}

/**
 * Reads inputs from the environment, through the input table (table.ts): defaults and sensitivity come from there.
 * Every read records the value for the config section of the log, so what is printed is exactly what was read;
 * sensitive inputs are recorded as `[REDACTED]`, and their values are collected in `secrets`, the one place where an
 * input becomes a secret to redact. Every error names the input key.
 */
export class Inputs {
  readonly shown: ShownInput[] = [];
  readonly secrets: string[] = [];
  private readonly specs: Map<string, InputSpec>;

  constructor(
    private readonly env: Env,
    table: readonly InputSpec[],
  ) {
    this.specs = new Map(table.map((spec) => [spec.key, spec]));
  }

  private spec(key: string): InputSpec {
    const spec = this.specs.get(key);
    if (!spec) throw new Error(`no input ${key} in the input table`);
    return spec;
  }

  private record(key: string, value: string | undefined, sensitive: boolean): void {
    const shown = value === undefined ? '' : sensitive ? '[REDACTED]' : value;
    this.shown.push({ key, shown });
    if (sensitive && value !== undefined) this.secrets.push(value);
  }

  /** The trimmed value, or undefined when the input is unset or blank. */
  optional(key: string): string | undefined {
    const raw = this.env[key]?.trim();
    const value = raw === undefined || raw === '' ? undefined : raw;
    this.record(key, value, this.spec(key).sensitive === true);
    return value;
  }

  /** The trimmed value, or the table's default (shown as such) when the input is unset or blank. */
  withDefault(key: string): string {
    const value = this.optional(key);
    if (value !== undefined) return value;
    const fallback = this.spec(key).fallback ?? '';
    this.show(key, `${fallback} (default)`);
    return fallback;
  }

  /** Replaces what the config section shows for an input, for values the step derives (such as a sanitised name). */
  show(key: string, shown: string): void {
    const entry = this.shown.find((e) => e.key === key);
    if (entry) entry.shown = shown;
  }

  required(key: string, example: string): string {
    const value = this.optional(key);
    if (value === undefined) throw new InputError(key, 'is required but empty.', example);
    return value;
  }

  /** Only the exact strings `true` and `false` are accepted; an unset input takes the default. */
  bool(key: string): boolean {
    const value = this.withDefault(key);
    if (value === 'true') return true;
    if (value === 'false') return false;
    throw new InputError(key, `must be "true" or "false", got ${JSON.stringify(value)}.`);
  }

  /** A whole number of seconds in [min, max]; an unset input takes the default. */
  integer(key: string, range: { min: number; max: number }): number {
    const value = this.withDefault(key);
    if (!/^\d+$/.test(value)) {
      throw new InputError(
        key,
        `must be a whole number from ${range.min} to ${range.max}, got ${JSON.stringify(value)}.`,
      );
    }
    const n = Number(value);
    if (n < range.min || n > range.max) {
      throw new InputError(key, `must be from ${range.min} to ${range.max}, got ${value}.`);
    }
    return n;
  }

  /** The trimmed value without recording it (for rules over several inputs), or undefined when unset or blank. */
  peek(key: string): string | undefined {
    this.spec(key);
    const raw = this.env[key]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  }

  /**
   * The items of a list input separated by newlines or commas (and spaces, with `spaces`), each trimmed, empty ones
   * left out: the one list splitter of the inputs.
   */
  list(key: string, options: { spaces?: boolean } = {}): string[] {
    return this.lines(key)
      .flatMap((line) => line.split(options.spaces ? /[\s,]+/ : ','))
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  /** Lines with their 1-based numbers, each trimmed; blank lines and lines starting with `#` left out. */
  numberedLines(key: string): Array<{ line: number; text: string }> {
    const value = this.optional(key);
    if (value === undefined) return [];
    return value
      .split(/\r?\n/)
      .map((text, i) => ({ line: i + 1, text: text.trim() }))
      .filter(({ text }) => text !== '' && !text.startsWith('#'));
  }

  /** Non-empty lines, each trimmed. */
  lines(key: string): string[] {
    const value = this.optional(key);
    if (value === undefined) return [];
    return value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }
}

/** The overall time limit, in seconds (`timeout_seconds`), shared by both steps. */
export function parseTimeout(inputs: Inputs): number {
  return inputs.integer('timeout_seconds', { min: 5, max: 3600 });
}
