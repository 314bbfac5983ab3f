#!/usr/bin/env bash
# The script way, as GitLab documents it and many Bitrise users write it: curl the Bitrise API for a token, the AWS CLI
# for the exchange, jq for the fields, envman for the exports. Measured by `npm run bench` as contender C.
set -euo pipefail
token="$(curl -sf -X POST "$BITRISE_BUILD_URL/id_token.json" \
  -H "Authorization: $BITRISE_BUILD_API_TOKEN" -H "BUILD_API_TOKEN: $BITRISE_BUILD_API_TOKEN" \
  -H 'Content-Type: application/json' -d '{"aud":"sts.amazonaws.com"}' | jq -r .id_token)"
creds="$(aws sts assume-role-with-web-identity --endpoint-url "$AWS_ENDPOINT_URL_STS" --region us-east-1 \
  --role-arn "$role_arn" --role-session-name "bitrise-$BITRISE_BUILD_NUMBER" --duration-seconds 3600 \
  --web-identity-token "$token" --output json)"
for key in AccessKeyId:AWS_ACCESS_KEY_ID SecretAccessKey:AWS_SECRET_ACCESS_KEY SessionToken:AWS_SESSION_TOKEN; do
  jq -r ".Credentials.${key%%:*}" <<<"$creds" | envman add --key "${key##*:}" --sensitive
done
