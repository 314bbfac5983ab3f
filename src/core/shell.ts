/**
 * The one quoting function for command lines the step writes for others to run: `credential_process` in the AWS
 * config file (run by the JS SDK through /bin/sh, split by botocore with shlex) and the CLI's `export` lines (read by a
 * shell). Every value is one single-quoted word, so nothing in it is expanded: `'` becomes `'\''`, and `#` and `;`
 * are written as `\#` and `\;` outside the quotes, because the JS SDK's INI reader cuts a line at whitespace followed
 * by `#` or `;`. Both sh and shlex read the result back as exactly the value.
 */

/** A value that cannot be written on one line of a file or a command line. */
export class UnquotableError extends Error {
  constructor(readonly value: string) {
    super('holds a control character (such as a newline), which cannot stand in a one-line command');
    this.name = 'UnquotableError';
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
const CONTROL = /[\u0000-\u001f\u007f]/;
const PLAIN = /^[\w@%+=:,./-]+$/;

export function shellWord(value: string): string {
  if (CONTROL.test(value)) throw new UnquotableError(value);
  if (PLAIN.test(value)) return value;
  return `'${value.replace(/'/g, "'\\''").replace(/[#;]/g, "'\\$&'")}'`;
}

/** A whole command line: each word quoted with shellWord. */
export function commandLine(words: readonly string[]): string {
  return words.map(shellWord).join(' ');
}
