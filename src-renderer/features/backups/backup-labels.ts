import type { BackupCopyInfo, BackupStatus } from '../../../src-main/contract/backups';
import { plural } from '../../../src-main/domain/plural';

/** "12 osób, 3 kontrakty, 4 dokumenty": what a copy holds, in words a clerk reads. */
export function describeCounts(c: BackupCopyInfo['counts']): string {
  return [
    `${c.participants} ${plural(c.participants, 'osoba', 'osoby', 'osób')}`,
    `${c.contracts} ${plural(c.contracts, 'kontrakt', 'kontrakty', 'kontraktów')}`,
    `${c.documents} ${plural(c.documents, 'dokument', 'dokumenty', 'dokumentów')}`,
  ].join(', ');
}

/** "3,2 MB": a copy's size. */
export function describeSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb < 0.1
    ? `${Math.max(1, Math.round(bytes / 1024))} kB`
    : `${mb.toLocaleString('pl-PL', { maximumFractionDigits: 1 })} MB`;
}

/** "01.12.2026, 19:52": when a copy was made, in the computer's time zone. */
export function describeWhen(iso: string): string {
  return new Date(iso).toLocaleString('pl-PL', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** The header's warning, or null when copies are in order. */
export function backupWarning(status: BackupStatus): string | null {
  switch (status.warning) {
    case 'notConfigured':
      return 'Kopie zapasowe nie są ustawione — awaria dysku oznaczałaby utratę wszystkich danych.';
    case 'unreachable':
      return `Folder kopii zapasowych ${status.folder ?? ''} jest niedostępny (odłączony dysk lub pendrive?).`;
    case 'stale':
      return status.lastGoodAt
        ? `Ostatnia dobra kopia zapasowa jest z ${describeWhen(status.lastGoodAt)} — ponad 7 dni temu.`
        : 'Nie utworzono jeszcze żadnej kopii zapasowej.';
    default:
      return null;
  }
}
