/** A one-layer OCI image layout on disk, made from scratch, for tools such as skopeo to push. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const digest = (data: Buffer | string) => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** Writes the layout; returns its folder and the manifest digest a registry will report. */
export function ociImage(tag: string): { dir: string; manifestDigest: string } {
  const dir = mkdtempSync(join(tmpdir(), 'oci-image-'));
  const content = join(dir, 'content');
  mkdirSync(content);
  writeFileSync(join(content, 'hello.txt'), `hello from ${tag}\n`);
  execFileSync('tar', ['-czf', join(dir, 'layer.tgz'), '-C', content, 'hello.txt']);
  const layer = readFileSync(join(dir, 'layer.tgz'));
  const config = JSON.stringify({
    architecture: 'amd64',
    os: 'linux',
    config: {},
    rootfs: { type: 'layers', diff_ids: [digest(gunzipSync(layer))] },
  });
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digest(config), size: config.length },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: digest(layer), size: layer.length }],
  });
  const layout = join(dir, 'layout');
  mkdirSync(join(layout, 'blobs/sha256'), { recursive: true });
  for (const blob of [layer, config, manifest]) {
    writeFileSync(join(layout, 'blobs/sha256', digest(blob).slice('sha256:'.length)), blob);
  }
  writeFileSync(join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  writeFileSync(
    join(layout, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: digest(manifest),
          size: manifest.length,
          annotations: { 'org.opencontainers.image.ref.name': tag },
        },
      ],
    }),
  );
  return { dir: layout, manifestDigest: digest(manifest) };
}
