import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Flex, Progress, Select, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { FileExcelOutlined, FileTextOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  type AuditSearchRow,
} from '../../../src-main/contract/audit';
import { formatDate } from '../../../src-main/domain/dates';
import { plural } from '../../../src-main/domain/plural';
import { comparePolish } from '../../../src-main/domain/text';
import { useFeature, useStores } from '../../app/stores';
import { DateInput } from '../../ui/DateInput';
import { polishOptionFilter } from '../../ui/option-filter';
import { ScreenTitle } from '../../ui/ScreenTitle';
import { useCan } from '../accounts/can';
import { buildCsv, buildXlsx, downloadBlob, exportFileName, toExportRecord } from './audit-export';
import { XLSX_TYPE } from '../../documents/xlsx-parts';
import {
  actorText,
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  changedFieldsText,
  entryTime,
  subjectText,
} from './audit-labels';
import { hasFilters, type AuditCriteria, type ExportProgress } from './audit-log.store';
import './audit.css';
import { errorMessage } from '../../api/client';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';
import { corePager } from '../../ui/ListTable';
import { useSearchWhenTypingPauses } from '../../ui/typing-pause';

const entries = (n: number) => `${n} ${plural(n, 'wpis', 'wpisy', 'wpisów')}`;

/** A filter with its label above it (visible, and the field's accessible name). */
function Filter(props: { id: string; label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={4} className="audit-filter">
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
    </Flex>
  );
}

/**
 * Dziennik zdarzeń: who changed or viewed what and when — the office's answer to "who saw this
 * person's file" (RODO art. 30, 32) — filtered and paged by the core, exported whole, and its
 * chain of hashes verified on demand.
 */
export function AuditLogScreen() {
  const { auditLog } = useStores();
  const criteria = useFeature('auditLog', (s) => s.criteria);
  const rows = useFeature('auditLog', (s) => s.rows);
  const total = useFeature('auditLog', (s) => s.total);
  const loading = useFeature('auditLog', (s) => s.loading);
  const error = useFeature('auditLog', (s) => s.error);
  const search = auditLog.getState().search;

  useEffect(() => {
    void auditLog.getState().search();
  }, [auditLog]);

  const columns: TableColumnsType<AuditSearchRow> = [
    { title: 'Nr', dataIndex: 'id', className: 'nowrap', width: 70 },
    { title: 'Kiedy', dataIndex: 'at', className: 'nowrap', render: entryTime },
    { title: 'Kto', dataIndex: 'actorName', className: 'nowrap', render: actorText },
    {
      title: 'Czynność',
      dataIndex: 'action',
      className: 'nowrap',
      render: (a: AuditSearchRow['action']) => AUDIT_ACTION_LABELS[a] ?? a,
    },
    { title: 'Czego dotyczy', key: 'subject', render: (_, r) => subjectText(r) },
    {
      title: 'Osoba',
      key: 'person',
      render: (_, r) =>
        r.participantId !== null && r.participantName ? (
          <PersonLink
            name={r.participantName}
            active={criteria.participantId === r.participantId}
            onPick={() =>
              void search({ participantId: r.participantId!, participantName: r.participantName! })
            }
          />
        ) : (
          '—'
        ),
    },
    {
      title: 'Zmienione pola',
      dataIndex: 'changedFields',
      render: (fields: string[]) => changedFieldsText(fields) || '—',
    },
  ];

  return (
    <Flex vertical gap="middle">
      <ScreenTitle extra={<Actions />}>Dziennik zdarzeń</ScreenTitle>
      <Typography.Paragraph type="secondary" className="audit-intro">
        Każda zmiana danych i każdy wgląd w dane szczególnej kategorii, z nazwiskiem pracownika i
        czasem. Dziennik zapisuje nazwy zmienionych pól, nigdy ich wartości.
      </Typography.Paragraph>
      <Filters criteria={criteria} />
      <Verification />
      <LoadErrorAlert error={error} onRetry={() => void search()} />
      <Table<AuditSearchRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={loading}
        pagination={corePager({
          page: criteria.page,
          pageSize: criteria.pageSize,
          total,
          sizes: [25, 50, 100, 200],
          showTotal: (n) => `Razem: ${n}`,
          onChange: (page, pageSize) =>
            void search(pageSize !== criteria.pageSize ? { page: 1, pageSize } : { page }),
        })}
        locale={{
          emptyText: hasFilters(criteria)
            ? 'Żaden wpis nie spełnia wybranych warunków'
            : 'Dziennik jest pusty',
        }}
      />
    </Flex>
  );
}

/** The person's name in the table: choosing it shows only the entries about them. */
function PersonLink(props: { name: string; active: boolean; onPick: () => void }) {
  if (props.active) return <span>{props.name}</span>;
  return (
    <Button
      type="link"
      size="small"
      className="audit-person-link"
      aria-label={`${props.name} — pokaż tylko wpisy dotyczące tej osoby`}
      onClick={props.onPick}
    >
      {props.name}
    </Button>
  );
}

function Filters({ criteria }: { criteria: AuditCriteria }) {
  const { auditLog } = useStores();
  const staff = useFeature('session', (s) => s.staff);
  const search = auditLog.getState().search;
  const workers = staff
    .map((s) => ({ value: s.id, label: `${s.lastName} ${s.firstName}` }))
    .sort((a, b) => comparePolish(a.label, b.label));

  return (
    <Flex gap={12} wrap align="end" role="search" aria-label="Filtry dziennika">
      <Filter id="audit-from" label="Od dnia">
        <DateInput
          id="audit-from"
          value={criteria.from}
          onChange={(from) => void search({ from: from ?? undefined })}
        />
      </Filter>
      <Filter id="audit-to" label="Do dnia">
        <DateInput
          id="audit-to"
          value={criteria.to}
          onChange={(to) => void search({ to: to ?? undefined })}
        />
      </Filter>
      <Filter id="audit-actor" label="Pracownik">
        <Select
          id="audit-actor"
          placeholder="Każdy pracownik"
          allowClear
          showSearch={{ filterOption: polishOptionFilter }}
          notFoundContent="Nie ma takiego pracownika"
          style={{ width: 220 }}
          value={criteria.actorId}
          options={workers}
          onChange={(actorId: number | undefined) => void search({ actorId })}
        />
      </Filter>
      <Filter id="audit-entity" label="Rodzaj obiektu">
        <Select
          id="audit-entity"
          placeholder="Każdy rodzaj"
          allowClear
          style={{ width: 230 }}
          value={criteria.entity}
          options={AUDIT_ENTITIES.map((e) => ({ value: e, label: AUDIT_ENTITY_LABELS[e] }))}
          onChange={(entity) => void search({ entity })}
        />
      </Filter>
      <Filter id="audit-action" label="Czynność">
        <Select
          id="audit-action"
          placeholder="Każda czynność"
          allowClear
          style={{ width: 220 }}
          value={criteria.action}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: AUDIT_ACTION_LABELS[a] }))}
          onChange={(action) => void search({ action })}
        />
      </Filter>
      <PersonFilter criteria={criteria} />
      <Button
        disabled={!hasFilters(criteria)}
        onClick={() => void auditLog.getState().clearFilters()}
      >
        Wyczyść filtry
      </Button>
    </Flex>
  );
}

/**
 * "Osoba": people are found by name or PESEL, as on the list of participants. Who may not
 * search participants (the administrator) picks a person by their name in the table instead.
 */
function PersonFilter({ criteria }: { criteria: AuditCriteria }) {
  const { auditLog, participants } = useStores();
  const canSearch = useCan('participants.search');
  const people = useFeature('participants', (s) => s.found);
  const loading = useFeature('participants', (s) => s.findLoading);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const search = auditLog.getState().search;

  useSearchWhenTypingPauses(
    query,
    (typed) => void participants.getState().find(typed),
    canSearch && open,
  );

  const clear = () => void search({ participantId: undefined, participantName: undefined });

  if (!canSearch)
    return criteria.participantId ? (
      <Filter id="audit-person" label="Osoba">
        <Tag
          id="audit-person"
          closable
          onClose={clear}
          closeIcon={<span aria-label="Pokaż wpisy o wszystkich osobach">×</span>}
          className="audit-person-tag"
        >
          {criteria.participantName}
        </Tag>
      </Filter>
    ) : null;

  const options = people.map((p) => ({
    value: p.id,
    label: `${p.lastName} ${p.firstName}`,
    description: [p.pesel ? `PESEL ${p.pesel}` : null, `ur. ${formatDate(p.birthDate)}`]
      .filter(Boolean)
      .join(' · '),
  }));
  if (criteria.participantId && !options.some((o) => o.value === criteria.participantId))
    options.unshift({
      value: criteria.participantId,
      label: criteria.participantName ?? '',
      description: '',
    });

  return (
    <Filter id="audit-person" label="Osoba">
      <Select<number>
        id="audit-person"
        placeholder="Każda osoba — wpisz nazwisko"
        allowClear
        style={{ width: 260 }}
        // The core searches (word beginnings, no Polish letters needed); nothing is filtered here.
        showSearch={{ filterOption: false, searchValue: query, onSearch: setQuery }}
        onOpenChange={setOpen}
        loading={loading}
        notFoundContent={loading ? 'Szukam…' : 'Nie znaleziono osoby'}
        value={criteria.participantId}
        options={options}
        optionRender={({ data }) => (
          <Flex vertical>
            <span>{data.label}</span>
            {data.description && (
              <Typography.Text type="secondary">{data.description}</Typography.Text>
            )}
          </Flex>
        )}
        onChange={(participantId, option) => {
          setQuery('');
          if (participantId === undefined) return clear();
          const label = (Array.isArray(option) ? option[0] : option)?.label;
          void search({ participantId, participantName: String(label ?? '') });
        }}
      />
    </Filter>
  );
}

/** "Sprawdź spójność dziennika" and the two exports, with their progress. */
function Actions() {
  const { auditLog } = useStores();
  const verifying = useFeature('auditLog', (s) => s.verifying);
  const total = useFeature('auditLog', (s) => s.total);
  const staff = useFeature('session', (s) => s.staff);
  const [exporting, setExporting] = useState<{
    kind: 'csv' | 'xlsx';
    progress: ExportProgress;
  } | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  async function exportAll(kind: 'csv' | 'xlsx') {
    const controller = new AbortController();
    abort.current = controller;
    setExportError(null);
    setExporting({ kind, progress: { done: 0, total } });
    try {
      const rows = await auditLog
        .getState()
        .fetchAll((progress) => setExporting({ kind, progress }), controller.signal);
      const records = rows.map(toExportRecord);
      const criteria = auditLog.getState().criteria;
      const actor = staff.find((s) => s.id === criteria.actorId);
      const about = aboutExport(
        criteria,
        records.length,
        actor ? `${actor.lastName} ${actor.firstName}` : null,
      );
      const blob =
        kind === 'csv'
          ? new Blob([buildCsv(records)], { type: 'text/csv;charset=utf-8' })
          : new Blob([(await buildXlsx(records, about)) as BlobPart], { type: XLSX_TYPE });
      if (!controller.signal.aborted) downloadBlob(blob, exportFileName(kind));
    } catch (e) {
      if (!controller.signal.aborted) setExportError(errorMessage(e));
    } finally {
      if (abort.current === controller) abort.current = null;
      setExporting(null);
    }
  }

  const percent = exporting
    ? Math.round((100 * exporting.progress.done) / Math.max(1, exporting.progress.total))
    : 0;

  return (
    <Flex vertical gap={8} align="end">
      <Flex gap={8} wrap>
        <Button
          icon={<SafetyCertificateOutlined />}
          loading={verifying}
          onClick={() => void auditLog.getState().verify()}
        >
          Sprawdź spójność dziennika
        </Button>
        <Button
          icon={<FileTextOutlined />}
          disabled={exporting !== null}
          loading={exporting?.kind === 'csv'}
          onClick={() => void exportAll('csv')}
        >
          Eksportuj CSV
        </Button>
        <Button
          icon={<FileExcelOutlined />}
          disabled={exporting !== null}
          loading={exporting?.kind === 'xlsx'}
          onClick={() => void exportAll('xlsx')}
        >
          Eksportuj XLSX
        </Button>
      </Flex>
      {exporting && (
        <Flex gap={8} align="center" className="audit-export-progress">
          <Progress
            percent={percent}
            size="small"
            style={{ width: 180, margin: 0 }}
            aria-label="Postęp eksportu"
          />
          <span role="status">
            Pobrano {exporting.progress.done} z {entries(exporting.progress.total)}
          </span>
          <Button size="small" onClick={() => abort.current?.abort()}>
            Przerwij
          </Button>
        </Flex>
      )}
      {exportError && (
        <Alert
          type="error"
          showIcon
          title={`Eksport nie powiódł się: ${exportError}`}
          closable={{ onClose: () => setExportError(null) }}
        />
      )}
    </Flex>
  );
}

/** The export's second sheet: when, which filters, how many. */
function aboutExport(c: AuditCriteria, count: number, actor: string | null): [string, string][] {
  return [
    ['Wyeksportowano', entryTime(new Date().toISOString())],
    ['Liczba wpisów', String(count)],
    ['Od dnia', c.from ? formatDate(c.from) : '—'],
    ['Do dnia', c.to ? formatDate(c.to) : '—'],
    ['Pracownik', actor ?? 'każdy'],
    ['Rodzaj obiektu', c.entity ? AUDIT_ENTITY_LABELS[c.entity] : 'każdy'],
    ['Czynność', c.action ? AUDIT_ACTION_LABELS[c.action] : 'każda'],
    ['Osoba', c.participantName ?? 'każda'],
  ];
}

/** The result of "Sprawdź spójność dziennika", in words. */
function Verification() {
  const verification = useFeature('auditLog', (s) => s.verification);
  const error = useFeature('auditLog', (s) => s.verifyError);
  if (error)
    return <Alert type="error" showIcon title={`Nie udało się sprawdzić dziennika: ${error}`} />;
  if (!verification) return null;
  if (verification.ok)
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        title={`Dziennik jest spójny: sprawdzono ${entries(verification.checked)}, żaden nie został zmieniony ani usunięty.`}
      />
    );
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={`Dziennik został naruszony: wpis nr ${verification.brokenAtId} nie zgadza się z zapisanym łańcuchem.`}
      description={`Wpis ten został zmieniony albo usunięto wpis tuż przed nim (sprawdzono ${entries(verification.checked)}). Wpisy wcześniejsze są nienaruszone. Porównaj dane z kopią zapasową i powiadom inspektora ochrony danych.`}
    />
  );
}
