import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, Button, Flex, Modal, Space, Spin, Typography } from 'antd';
import { CheckOutlined, PrinterOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import type { SessionSheet } from '../../../../src-main/contract/attendance';
import { formatDate } from '../../../../src-main/domain/dates';
import { plural } from '../../../../src-main/domain/plural';
import { ApiError, errorMessage } from '../../../api/client';
import { useStores } from '../../../app/stores';
import { useDiscardGuard } from '../../../ui/discard-guard';
import { FailureAlert } from '../../../ui/FailureAlert';
import { useToast } from '../../../ui/toast';
import { useCan } from '../../accounts/can';
import { PdfPreviewDialog, type PdfSource } from '../../contracts/PdfPreviewDialog';
import { toTime } from '../timetable/timetable-view';
import {
  draftChanged,
  draftOf,
  issuesByRow,
  markOf,
  markText,
  type MarkDraft,
  type MarkField,
} from './marks';
import { MarkRow } from './MarkRow';
import { createReadStore } from './read-store';
import {
  readSheet,
  RECORD_CHANNEL,
  recordSheet,
  SESSION_WORDS,
  sessionPrints,
  type SessionKind,
} from './session-source';
import './attendance.css';

interface Props {
  sessionId: number;
  /** A club session (the default) or a course's class (`sessionId` is then the class's id). */
  kind?: SessionKind;
  onClose(): void;
  /** After the marks were saved (the grid and the hours read again). */
  onSaved?(sheet: SessionSheet): void;
}

type Row = SessionSheet['rows'][number];
type RowIssues = Partial<Record<MarkField, string>>;

/** "Psychoedukacja · Grupa 1 · 02.11.2026, 9:00–13:00 · Ewa Zielińska · Sala 12". */
export const sessionLine = (s: SessionSheet['session']) =>
  [s.module, s.group, `${formatDate(s.date)}, ${toTime(s.from)}–${toTime(s.to)}`, s.trainer, s.room]
    .filter(Boolean)
    .join(' · ');

/**
 * "Obecność na zajęciach": one session's members (in Polish order, as the core gives them)
 * with a status each. "Wszyscy obecni" marks everyone not yet marked present and puts the
 * cursor on the first person: a row marked present has its select as the only stop, so two
 * absences are Tab, N, Tab, Tab, N, Ctrl+Enter. Only changed rows are sent; the core's
 * refusals come back onto their rows. A session still to come is shown read-only.
 */
export function SessionAttendanceDialog({ sessionId, kind = 'club', onClose, onSaved }: Props) {
  const { api } = useStores();
  const [store] = useState(() => createReadStore(api, (id: number) => readSheet(api, kind, id)));
  const sheet = useStore(store, (s) => s.data);
  const loadError = useStore(store, (s) => s.error);
  const mayRecord = useCan(RECORD_CHANNEL[kind]);
  const words = SESSION_WORDS[kind];
  const toast = useToast();
  const [drafts, setDrafts] = useState<ReadonlyMap<number, MarkDraft>>(new Map());
  const [coreIssues, setCoreIssues] = useState<ReadonlyMap<number, RowIssues>>(new Map());
  const [general, setGeneral] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [pdf, setPdf] = useState<PdfSource | null>(null);
  const selects = useRef(new Map<number, HTMLSelectElement>());
  const hintId = useId();

  useEffect(() => {
    void store.getState().load(sessionId);
  }, [store, sessionId]);

  const session = sheet?.session ?? null;
  const minutes = session ? session.to - session.from : 0;
  const editable = mayRecord && session?.recordable === true;
  const draftOfRow = (row: Row) => drafts.get(row.participantId) ?? draftOf(row.mark);
  const changed = (sheet?.rows ?? []).filter((r) => draftChanged(r.mark, draftOfRow(r), minutes));
  const dirty = editable && changed.length > 0;
  const close = useDiscardGuard(dirty, onClose);

  const setRow = (row: Row, draft: MarkDraft) => {
    setDrafts((d) => new Map(d).set(row.participantId, draft));
    setCoreIssues((i) => {
      if (!i.has(row.participantId)) return i;
      const next = new Map(i);
      next.delete(row.participantId);
      return next;
    });
  };

  const allPresent = () => {
    if (!sheet) return;
    setDrafts((d) => {
      const next = new Map(d);
      for (const row of sheet.rows) {
        const draft = next.get(row.participantId) ?? draftOf(row.mark);
        if (draft.status === null) next.set(row.participantId, { ...draft, status: 'present' });
      }
      return next;
    });
    const first = sheet.rows[0];
    if (first) selects.current.get(first.participantId)?.focus();
  };

  const save = async () => {
    if (!sheet || !editable || saving) return;
    setTried(true);
    setGeneral([]);
    const marks = changed.map((r) => markOf(r.participantId, draftOfRow(r), minutes));
    if (!changed.length || marks.some((m) => m === null)) return;
    setSaving(true);
    try {
      const saved = await recordSheet(
        api,
        kind,
        sheet.session.id,
        marks.filter((m) => m !== null),
      );
      store.getState().put(saved);
      setDrafts(new Map());
      toast.success(
        `Zapisano obecność: ${changed.length} ${plural(changed.length, 'osoba', 'osoby', 'osób')}`,
      );
      onSaved?.(saved);
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'invalid_input' && e.issues.length) {
        const { rows, general } = issuesByRow(
          e.issues,
          changed.map((r) => r.participantId),
        );
        setCoreIssues(rows);
        setGeneral(general);
      } else setGeneral([errorMessage(e)]);
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  const unmarked = sheet?.rows.some((r) => draftOfRow(r).status === null) ?? false;

  return (
    <Modal
      open
      title="Obecność na zajęciach"
      width={820}
      onCancel={close}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Flex justify="space-between" wrap gap={8}>
          <Space wrap>
            {session &&
              sessionPrints(api, session).map((print) => (
                <Button
                  key={print.label}
                  icon={<PrinterOutlined />}
                  onClick={() => setPdf(print.source)}
                >
                  {print.label}
                </Button>
              ))}
          </Space>
          <Space wrap>
            <Button onClick={close}>{editable ? 'Anuluj' : 'Zamknij'}</Button>
            {editable && (
              <Button
                type="primary"
                loading={saving}
                disabled={!dirty}
                onClick={() => void save()}
                aria-describedby={hintId}
              >
                Zapisz obecność
              </Button>
            )}
          </Space>
        </Flex>
      }
    >
      {loadError && <Alert type="error" showIcon title={loadError} />}
      {!sheet && !loadError && <Spin description="Wczytywanie listy…" />}
      {sheet && session && (
        <div onKeyDown={onKeyDown} className="attendance-sheet">
          <Typography.Paragraph className="attendance-session-line">
            {sessionLine(session)}
          </Typography.Paragraph>
          {!session.recordable && (
            <Alert
              type="info"
              showIcon
              title="Obecność zapisuje się po zajęciach"
              description={`Te zajęcia odbędą się ${formatDate(session.date)}. Listę obecności do podpisu można już wydrukować.`}
            />
          )}
          {session.recordable && !mayRecord && (
            <Alert type="info" showIcon title={words.whoRecords} />
          )}
          {editable && (
            <Flex align="center" gap={12} wrap className="attendance-sheet-tools">
              <Button
                icon={<CheckOutlined />}
                onClick={allPresent}
                disabled={!unmarked}
                autoFocus={unmarked}
              >
                Wszyscy obecni
              </Button>
              <Typography.Text type="secondary" id={hintId}>
                Litery O, N, U, C wybierają obecność w polu; Ctrl+Enter zapisuje.
              </Typography.Text>
            </Flex>
          )}
          {general.length > 0 && (
            <FailureAlert title="Nie zapisano obecności" description={general.join(' ')} />
          )}
          {sheet.rows.length === 0 ? (
            <Typography.Paragraph>{words.nobody}</Typography.Paragraph>
          ) : (
            <table className="attendance-table">
              <caption className="sr-only">Lista obecności: {sessionLine(session)}</caption>
              <thead>
                <tr>
                  <th scope="col" className="attendance-lp">
                    Lp.
                  </th>
                  <th scope="col">Nazwisko i imię</th>
                  <th scope="col">Obecność</th>
                  {editable && <th scope="col">Godziny i powód</th>}
                </tr>
              </thead>
              <tbody>
                {sheet.rows.map((row, i) =>
                  editable ? (
                    <MarkRow
                      key={row.participantId}
                      index={i}
                      name={row.name}
                      draft={draftOfRow(row)}
                      sessionMinutes={minutes}
                      showEmptyHours={tried}
                      issues={coreIssues.get(row.participantId) ?? {}}
                      onChange={(draft) => setRow(row, draft)}
                      registerSelect={(el) => {
                        if (el) selects.current.set(row.participantId, el);
                        else selects.current.delete(row.participantId);
                      }}
                    />
                  ) : (
                    <tr key={row.participantId}>
                      <td className="attendance-lp">{i + 1}.</td>
                      <th scope="row">{row.name}</th>
                      <td>{markText(row.mark)}</td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          )}
        </div>
      )}
      {pdf && <PdfPreviewDialog source={pdf} onClose={() => setPdf(null)} />}
    </Modal>
  );
}
