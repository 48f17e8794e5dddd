import { buildSocialContract } from '../../src-renderer/documents/social-contract';
import { contractWithTasks, familyContract } from '../unit/documents/fixtures';
import { renderPdf } from '../support/pdf';
import { measure, ms } from './stats';

/**
 * The time to build a contract's definition and render it to a PDF in Node (the issue's
 * target: under 150 ms for one contract), and for 100 contracts one after another, as when
 * an office reprints a project's contracts.
 */
export async function benchDocuments(): Promise<void> {
  const contract = (i: number) => ({
    ...familyContract,
    number: `KS/2026/${String(i + 1).padStart(4, '0')}`,
  });

  const one = await measure(() => renderPdf(buildSocialContract(contract(0))), 100);
  const twoCopies = await measure(
    () => renderPdf(buildSocialContract(contract(0), { copies: 2 })),
    30,
  );
  const fortyTasks = contractWithTasks(40);
  const long = await measure(() => renderPdf(buildSocialContract(fortyTasks)), 30);

  const start = performance.now();
  const cpuStart = process.cpuUsage();
  let bytes = 0;
  for (let i = 0; i < 100; i++) bytes += (await renderPdf(buildSocialContract(contract(i)))).length;
  const hundred = performance.now() - start;
  // CPU time as well: on a shared machine the wall clock also counts other processes.
  const cpu = process.cpuUsage(cpuStart);
  const cpuPerContract = (cpu.user + cpu.system) / 1000 / 100;

  console.log('documents — build + render a social contract PDF in Node (pdfmake)');
  console.log(`one contract (2 pages)        median ${ms(one.median)}   p95 ${ms(one.p95)}`);
  console.log(
    `two copies (4 pages)          median ${ms(twoCopies.median)}   p95 ${ms(twoCopies.p95)}`,
  );
  console.log(`40 tasks (4 pages)            median ${ms(long.median)}   p95 ${ms(long.p95)}`);
  console.log(
    `100 contracts in a row        total  ${ms(hundred)}   CPU ${ms(cpuPerContract)} per contract, ${(bytes / 100 / 1024).toFixed(0)} KiB per PDF`,
  );
}
