import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaFolder, schemaImports, type PackageEdition } from '../../../src/lms/build/manifest';

const schemas = fileURLToPath(new URL('../../../src/lms/schemas/', import.meta.url));

/**
 * Validates a manifest with `xmllint --schema` (Debian's libxml2-utils) against the
 * official XSDs in src/lms/schemas/: one driver schema imports every namespace the
 * edition's manifests use, so each element is checked by its own schema.
 */
export function validateManifest(edition: PackageEdition, xml: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  try {
    const folder = join(schemas, schemaFolder(edition));
    const imports = schemaImports[edition]
      .map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${join(folder, file)}"/>`)
      .join('\n');
    writeFileSync(
      join(dir, 'driver.xsd'),
      `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${imports}\n</xs:schema>\n`,
    );
    writeFileSync(join(dir, 'imsmanifest.xml'), xml);
    const run = spawnSync(
      'xmllint',
      ['--noout', '--nonet', '--schema', join(dir, 'driver.xsd'), join(dir, 'imsmanifest.xml')],
      { encoding: 'utf8' },
    );
    if (run.error) throw run.error;
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
