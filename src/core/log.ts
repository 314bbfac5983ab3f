/**
 * Bitrise-style logging: sections in blue, success in green, warnings in yellow, errors in red, debug lines only in
 * verbose mode. Every line passes through the redactor, so a registered secret never reaches the log.
 */
const colors = {
  info: '\x1b[34;1m',
  done: '\x1b[32;1m',
  warn: '\x1b[33;1m',
  error: '\x1b[31;1m',
  debug: '\x1b[35;1m',
  reset: '\x1b[0m',
} as const;

export const REDACTED = '[REDACTED]';

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Control (Cc), format (Cf: bidi marks, zero-width characters, BOM), line (Zl) and paragraph (Zp) separators. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/**
 * A string from outside (a server's message, a claim, an ARN, a tool's output) made safe to print on one line: line
 * breaks, ANSI escapes, bidi and zero-width characters and every other control, format or separator character are
 * shown escaped (`\n`, `\x1b`, `\u202e`, `\u200b`), so that no value can forge log lines, colours or hidden text.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.codePointAt(0) ?? 0;
    const hex = code.toString(16);
    if (ESCAPES[c]) return ESCAPES[c];
    if (code < 0x100) return `\\x${hex.padStart(2, '0')}`;
    return code <= 0xffff ? `\\u${hex.padStart(4, '0')}` : `\\u{${hex}}`;
  });
}

/** Values that must never be printed. Values shorter than 4 characters are not registered (they would mask noise). */
export class Secrets {
  private readonly values = new Set<string>();

  add(value: string | undefined): void {
    if (value !== undefined && value.length >= 4) this.values.add(value);
  }

  redact(text: string): string {
    let out = text;
    // Longest first, so a secret that contains another is masked whole.
    for (const value of [...this.values].sort((a, b) => b.length - a.length)) {
      if (out.includes(value)) out = out.split(value).join(REDACTED);
    }
    return out;
  }
}

export interface LogSink {
  write(text: string): void;
}

export class Logger {
  readonly secrets: Secrets;
  verbose: boolean;
  /** Only warnings and errors (credential-process: tools copy its stderr into the build log). */
  quiet: boolean;
  private readonly sink: LogSink;
  private readonly color: boolean;

  constructor(
    options: { sink?: LogSink; verbose?: boolean; quiet?: boolean; color?: boolean; secrets?: Secrets } = {},
  ) {
    this.sink = options.sink ?? process.stdout;
    this.verbose = options.verbose ?? false;
    this.quiet = options.quiet ?? false;
    this.color = options.color ?? process.env.NO_COLOR === undefined;
    this.secrets = options.secrets ?? new Secrets();
  }

  private line(text: string, color?: keyof typeof colors): void {
    const safe = this.secrets.redact(text);
    this.sink.write(color && this.color ? `${colors[color]}${safe}${colors.reset}\n` : `${safe}\n`);
  }

  /** A section heading, preceded by an empty line. */
  /** Whether the informational lines (sections, prints, successes) are shown: not in quiet mode, unless verbose. */
  private get chatty(): boolean {
    return !this.quiet || this.verbose;
  }

  section(title: string): void {
    if (!this.chatty) return;
    this.sink.write('\n');
    this.line(title, 'info');
  }

  print(text: string): void {
    if (this.chatty) this.line(text);
  }

  done(text: string): void {
    if (this.chatty) this.line(text, 'done');
  }

  warn(text: string): void {
    this.line(text, 'warn');
  }

  error(text: string): void {
    this.line(text, 'error');
  }

  debug(text: string): void {
    if (this.verbose) this.line(text, 'debug');
  }
}
