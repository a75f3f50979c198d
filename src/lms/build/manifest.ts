/**
 * imsmanifest.xml for each edition, from a template. One organization, one item, one SCO
 * whose launch file is the shell page; every file of the package is listed.
 */

export type PackageEdition = '1.2' | '2004';

export interface ManifestOptions {
  /** Package identifier (letters, digits, `-`, `_`, `.`). */
  identifier: string;
  title: string;
  version: string;
  /** 0–100, or undefined for none. */
  mastery?: number | undefined;
  /** The launch file, relative to the package root. */
  launch: string;
  /** Every file of the package (not the manifest itself), relative, with `/`. */
  files: string[];
}

export const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A file path as an XML anyURI: each segment percent-encoded where needed. */
const fileHref = (path: string) => escapeXml(path.split('/').map(encodeURIComponent).join('/'));

const fileList = (files: string[]) => files.map((f) => `      <file href="${fileHref(f)}"/>`).join('\n');

export function manifest12(o: ManifestOptions): string {
  const mastery =
    o.mastery === undefined
      ? ''
      : `\n        <adlcp:masteryscore>${Math.round(o.mastery)}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(o.identifier)}" version="${escapeXml(o.version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${escapeXml(o.title)}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${escapeXml(o.title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${fileHref(o.launch)}">
${fileList(o.files)}
    </resource>
  </resources>
</manifest>
`;
}

export function manifest2004(o: ManifestOptions): string {
  const objectives =
    o.mastery === undefined
      ? ''
      : `
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="course" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${(o.mastery / 100).toFixed(2)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(o.identifier)}" version="${escapeXml(o.version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${escapeXml(o.title)}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${escapeXml(o.title)}</title>
        <imsss:sequencing>${objectives}
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="${fileHref(o.launch)}">
${fileList(o.files)}
    </resource>
  </resources>
</manifest>
`;
}

export const manifestFor = (edition: PackageEdition, o: ManifestOptions) =>
  edition === '1.2' ? manifest12(o) : manifest2004(o);

/** The folder of src/lms/schemas/ whose files go to the package root. */
export const schemaFolder = (edition: PackageEdition) => (edition === '1.2' ? 'scorm12' : 'scorm2004');

/** The namespaces a manifest of each edition uses, and the schema file of each (for validation). */
export const schemaImports: Record<PackageEdition, [namespace: string, file: string][]> = {
  '1.2': [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
  ],
  '2004': [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
};
