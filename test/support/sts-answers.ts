/**
 * STS answers as the emulator's faults play them (Query protocol, XML): an error with its code and message, and a
 * success with the credentials a test wants (well-formed, broken or hostile). The code, message and values are XML
 * text as given, so a test can put character references (`&#10;`, `&#27;`) in them.
 */
import type { Fault } from '../../emulator/faults';

export function stsErrorBody(code: string, message: string): string {
  return `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`;
}

/** An STS error answer with this HTTP status. */
export function stsError(status: number, code: string, message: string): Fault {
  return { status, contentType: 'text/xml', body: stsErrorBody(code, message) };
}

/** An AssumeRoleWithWebIdentity success answer with the given credentials (as a hostile or broken server would send). */
export function stsAnswer(c: {
  id?: string;
  secret?: string;
  token?: string;
  expiration?: string;
  arn?: string;
}): string {
  return (
    '<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult>' +
    `<AssumedRoleUser><Arn>${c.arn ?? 'arn:aws:sts::123456789012:assumed-role/bitrise-deploy/bitrise-42'}</Arn><AssumedRoleId>AROAX:bitrise-42</AssumedRoleId></AssumedRoleUser>` +
    `<Credentials><AccessKeyId>${c.id ?? 'ASIAAAAAAAAAAAAAAAAA'}</AccessKeyId><SecretAccessKey>${c.secret ?? 'secret/secret+secret'}</SecretAccessKey>` +
    `<SessionToken>${c.token ?? 'IQoJb3JpZ2luX2VjEHostileToken'}</SessionToken><Expiration>${c.expiration ?? new Date(Date.now() + 3600_000).toISOString()}</Expiration></Credentials>` +
    '</AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>'
  );
}
