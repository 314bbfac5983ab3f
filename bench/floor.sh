#!/usr/bin/env bash
# The floor of `npm run bench`'s network mode: what the network and publishing cost by themselves. Two HTTPS
# requests in series, each on a new connection (its TCP and TLS handshakes, then its answer), as any client pays them:
# the identity token from the Bitrise API, then AssumeRoleWithWebIdentity at STS with that token; then three
# `envman add` calls (the credentials, as the prebuilt Go step publishes them). curl and envman are programs that
# start in a few milliseconds, so this is the network's time and envman's, nearly nothing else.
# Reads FLOOR_CA (the emulator's CA), FLOOR_HEADERS (a 0600 file with the API token headers), BITRISE_BUILD_URL,
# AWS_ENDPOINT_URL_STS and FLOOR_ROLE_ARN.
set -euo pipefail
answer=$(curl -sS --fail --cacert "$FLOOR_CA" -H @"$FLOOR_HEADERS" -H 'Content-Type: application/json' \
  --data '{"aud":"sts.amazonaws.com"}' "$BITRISE_BUILD_URL/id_token.json")
[[ $answer =~ \"id_token\":\"([^\"]+)\" ]] || { echo "no id_token in the answer" >&2; exit 1; }
sts=$(curl -sS --fail --cacert "$FLOOR_CA" --data-urlencode Action=AssumeRoleWithWebIdentity \
  --data-urlencode Version=2011-06-15 --data-urlencode "RoleArn=$FLOOR_ROLE_ARN" \
  --data-urlencode RoleSessionName=floor --data-urlencode "WebIdentityToken@-" "$AWS_ENDPOINT_URL_STS" \
  <<< "${BASH_REMATCH[1]}")
for pair in AccessKeyId:AWS_ACCESS_KEY_ID SecretAccessKey:AWS_SECRET_ACCESS_KEY SessionToken:AWS_SESSION_TOKEN; do
  [[ $sts =~ \<${pair%%:*}\>([^\<]+)\< ]] || { echo "no ${pair%%:*} in the STS answer" >&2; exit 1; }
  envman add --key "${pair##*:}" --value "${BASH_REMATCH[1]}" --sensitive
done
