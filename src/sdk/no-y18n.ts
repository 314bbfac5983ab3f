/**
 * Stands in for `y18n`, yargs' translator, in the CLI bundle. The real one reads `<bundle>/../../../locales/<LANG>.json`
 * (from the bundle's own path): a file planted there rewrote the CLI's messages, and a malformed one crashed it. The
 * CLI speaks English only, so its strings are formatted as they are, and no file is opened.
 */
import { format } from 'node:util';

interface Y18nOptions {
  locale?: string;
}

export default function y18n(options: Y18nOptions = {}) {
  let locale = options.locale ?? 'en';
  const translate = (text: unknown, ...args: unknown[]): string => {
    if (typeof text !== 'string') {
      // A tagged template: its parts joined by %s.
      const parts = text as readonly string[];
      return format(parts.join('%s'), ...args);
    }
    return format(text, ...args);
  };
  const plural = (singular: string, pluralText: string, quantity: number, ...args: unknown[]): string => {
    const text = quantity === 1 ? singular : pluralText;
    return format(text, ...(text.includes('%d') ? [quantity] : []), ...args);
  };
  return {
    __: translate,
    __n: plural,
    setLocale: (next: string) => {
      locale = next;
    },
    getLocale: () => locale,
    updateLocale: () => undefined,
    locale,
  };
}
