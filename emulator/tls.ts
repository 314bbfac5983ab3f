/** A throw-away CA and a server certificate signed by it, made with openssl, for a registry that stands for a public host. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestCertificate {
  /** The CA bundle to trust (SSL_CERT_FILE for Go programs such as the docker CLI). */
  ca: string;
  cert: string;
  key: string;
}

/** A subject alternative name: an IP address, or a DNS name (wildcards such as *.emulator.test included). */
const altName = (name: string) => (isIP(name) ? `IP:${name}` : `DNS:${name}`);

/** A CA and a certificate for `hostname` (and the other names, as subject alternative names). */
export function makeCertificate(hostname: string, ...others: string[]): TestCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'tls-'));
  const at = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    at('ca.key'),
    '-out',
    at('ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=Emulator test CA',
  );
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    at('leaf.key'),
    '-out',
    at('leaf.csr'),
    '-subj',
    `/CN=${hostname}`,
  );
  writeFileSync(
    at('ext.cnf'),
    `subjectAltName=${[hostname, ...others].map(altName).join(',')}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`,
  );
  openssl(
    'x509',
    '-req',
    '-in',
    at('leaf.csr'),
    '-CA',
    at('ca.pem'),
    '-CAkey',
    at('ca.key'),
    '-CAcreateserial',
    '-out',
    at('leaf.pem'),
    '-days',
    '2',
    '-extfile',
    at('ext.cnf'),
  );
  return { ca: at('ca.pem'), cert: at('leaf.pem'), key: at('leaf.key') };
}
