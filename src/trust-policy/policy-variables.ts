/**
 * IAM's special policy variables for characters that mean something in a condition value: `${*}`, `${?}` and `${$}`
 * stand for a literal `*`, `?` and `$` (IAM User Guide, "Policy variables": special characters). The generator writes
 * token-derived text through `iamLiteral`; the evaluator reads values through `globMatch` and `iamValue`.
 */

/** Text made literal in a condition value: `$` always (it opens a variable), `*` and `?` too in a StringLike. */
export function iamLiteral(text: string, like: boolean): string {
  return text.replace(like ? /[*?$]/g : /\$/g, (c) => `\${${c}}`);
}

/** A StringEquals value as IAM compares it: the special variables replaced by their characters. */
export function iamValue(value: string): string {
  return value.replace(/\$\{([*?$])\}/g, (_, c: string) => c);
}

type Token = '*' | '?' | { char: string };

function tokens(pattern: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const special = /^\$\{([*?$])\}/.exec(pattern.slice(i, i + 4));
    if (special) {
      out.push({ char: special[1] ?? '' });
      i += 3;
    } else {
      const c = pattern[i] ?? '';
      out.push(c === '*' || c === '?' ? c : { char: c });
    }
  }
  return out;
}

/**
 * IAM's StringLike: `*` any run of characters, `?` one character, the special variables and everything else literal.
 * Greedy matching with one remembered star: at most pattern × value steps, never exponential.
 */
export function globMatch(pattern: string, value: string): boolean {
  const p = tokens(pattern);
  let i = 0;
  let v = 0;
  let star = -1;
  let resume = 0;
  while (v < value.length) {
    const t = p[i];
    if (t !== undefined && (t === '?' || (t !== '*' && t.char === value[v]))) {
      i++;
      v++;
    } else if (t === '*') {
      star = i++;
      resume = v;
    } else if (star >= 0) {
      i = star + 1;
      v = ++resume;
    } else return false;
  }
  while (p[i] === '*') i++;
  return i === p.length;
}

/** The literal parts of a StringLike pattern: what it pins, between its wildcards. */
export function literalParts(pattern: string, separator = ':'): string[] {
  return pattern.split(separator).filter((part) => !tokens(part).some((t) => t === '*' || t === '?'));
}
