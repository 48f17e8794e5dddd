/**
 * The rendering process of the course-certificates benchmark (course-certificates.bench.ts),
 * run as `node --import tsx tests/bench/course-certificates.render.ts <count> [data.json]` so that its peak
 * memory is the rendering's alone (`<data.json>`, optional: the certificates the core issued,
 * else fixtures). Builds `count` certificates (front and back, 12 topics each)
 * into one PDF as "print all certificates" does, then renders one certificate at a time, and
 * prints one JSON line with the figures.
 */
import { readFileSync } from 'node:fs';
import type { CourseCertificateData } from '../../src-main/contract/course-certificates';
import { buildDocument } from '../../src-renderer/documents/registry';
import { renderPdf } from '../support/pdf';
import { courseCertificate } from '../unit/documents/course-certificate-fixtures';

const count = Number(process.argv[2] ?? 200);
/** The certificates as the core issued them (a JSON file of their data), when given. */
const issued = process.argv[3]
  ? (JSON.parse(readFileSync(process.argv[3], 'utf8')) as CourseCertificateData[])
  : null;
const NAMES = [
  ['Jan', 'Kowalski', 'M'],
  ['Anna', 'Żak', 'K'],
  ['Żaneta', 'Łęcka-Ślusarczyk', 'K'],
  ['Grzegorz', 'Wiśniewski', 'M'],
] as const;
const certificate = (i: number): CourseCertificateData => {
  if (issued) return issued[i % issued.length]!;
  const [firstName, lastName, sex] = NAMES[i % NAMES.length]!;
  const base = courseCertificate();
  return courseCertificate({
    number: `${i + 1}/2026`,
    person: { ...base.person, firstName, lastName, sex },
  });
};

const kib = () => process.resourceUsage().maxRSS;
const before = kib();
const items = Array.from({ length: count }, (_, i) => ({ data: certificate(i) }));
const cpuStart = process.cpuUsage();
const start = performance.now();
const pdf = await renderPdf(
  buildDocument({ kind: 'courseCertificate', title: 'Zaświadczenia', items }),
);
const totalMs = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const peakKiB = kib();
const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

// One certificate at a time, as the preview renders it.
for (let i = 0; i < 3; i++)
  await renderPdf(buildDocument({ kind: 'courseCertificate', data: certificate(i) }));
const singles: number[] = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  await renderPdf(buildDocument({ kind: 'courseCertificate', data: certificate(i) }));
  singles.push(performance.now() - t);
}
singles.sort((a, b) => a - b);

console.log(
  JSON.stringify({
    count,
    pages,
    bytes: pdf.length,
    totalMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    singleMedianMs: (singles[9]! + singles[10]!) / 2,
    singleP95Ms: singles[18]!,
    rssBeforeMb: before / 1024,
    peakRssMb: peakKiB / 1024,
  }),
);
