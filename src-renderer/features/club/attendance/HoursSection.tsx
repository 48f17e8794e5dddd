import { useState } from 'react';
import { Alert, Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import type { EditionHours, PersonHours } from '../../../../src-main/contract/attendance';
import { formatHours } from '../../../../src-main/domain/attendance/hours';
import { useStores } from '../../../app/stores';
import { ToneTag } from '../../../ui/ToneTag';
import { useCan } from '../../accounts/can';
import { PdfPreviewDialog, type PdfSource } from '../../contracts/PdfPreviewDialog';
import { certificatePdf } from './attendance-print';
import { EndParticipationDialog } from './EndParticipationDialog';
import { attendedPercent, personState } from './hours-view';
import { IssueCertificateDialog } from './IssueCertificateDialog';
import type { ReadStore } from './read-store';

export type PersonRef = Pick<PersonHours, 'participantId' | 'name' | 'sex'>;

/** A person's warnings as sentences (visible text, not only a colour). */
export function Warnings({ person }: { person: Pick<PersonHours, 'warnings'> }) {
  if (!person.warnings.length) return null;
  return (
    <ul className="attendance-warning-list attendance-warnings">
      {person.warnings.map((w) => (
        <li key={`${w.kind}-${w.moduleId ?? 'all'}`}>
          <WarningOutlined aria-hidden /> {w.message}
        </li>
      ))}
    </ul>
  );
}

const hours = (minutes: number) => <span className="nowrap">{formatHours(minutes)}</span>;

/** The columns of hours, each a person's total of one kind. */
const HOUR_COLUMNS = [
  ['Planowane', 'planned'],
  ['Obecność', 'attended'],
  ['Usprawiedliwione', 'excused'],
  ['Nieobecności', 'absent'],
  ['Bez zapisu', 'unrecorded'],
] as const;

/**
 * The group's hours: planned, attended, excused, absent, not yet recorded, the share attended
 * of the sessions held, and the state — with the completion warnings in words beside the name.
 * Those who plan the club end a person's participation here and issue the certificate.
 */
export function HoursSection(props: {
  store: ReadStore<number, EditionHours>;
  group: { id: number; name: string };
  editionId: number;
}) {
  const { store, group, editionId } = props;
  const { api } = useStores();
  const data = useStore(store, (s) => s.data);
  const error = useStore(store, (s) => s.error);
  const mayEnd = useCan('club.endParticipation');
  const mayIssue = useCan('club.issueCertificate');
  const [ending, setEnding] = useState<PersonRef | null>(null);
  const [issuing, setIssuing] = useState<PersonRef | null>(null);
  const [pdf, setPdf] = useState<PdfSource | null>(null);
  const people = data?.groups.find((g) => g.groupId === group.id)?.people ?? [];
  const reread = () => void store.getState().reread();

  const columns: TableColumnsType<PersonHours> = [
    {
      title: 'Nazwisko i imię',
      key: 'name',
      render: (_, p) => (
        <>
          <div>{p.name}</div>
          <Warnings person={p} />
        </>
      ),
    },
    ...HOUR_COLUMNS.map(([title, key]): TableColumnsType<PersonHours>[number] => ({
      title,
      key,
      align: 'right',
      render: (_, p) => hours(p.total[key]),
    })),
    {
      title: 'Obecność z odbytych',
      key: 'percent',
      align: 'right',
      render: (_, p) => <span className="nowrap">{attendedPercent(p.total)}</span>,
    },
    {
      title: 'Stan',
      key: 'state',
      render: (_, p) => {
        const state = personState(p);
        return <ToneTag tone={state.tone}>{state.label}</ToneTag>;
      },
    },
  ];
  if (mayEnd || mayIssue)
    columns.push({
      title: 'Działania',
      key: 'actions',
      render: (_, p) => {
        const person = { participantId: p.participantId, name: p.name, sex: p.sex };
        const certificate = p.completion?.certificate;
        if (!p.completion)
          return (
            mayEnd && (
              <Button
                size="small"
                aria-label={`Zakończ udział: ${p.name}`}
                onClick={() => setEnding(person)}
              >
                Zakończ udział
              </Button>
            )
          );
        if (!certificate)
          return (
            mayIssue && (
              <Button
                size="small"
                type="primary"
                aria-label={`Wydaj zaświadczenie: ${p.name}`}
                onClick={() => setIssuing(person)}
              >
                Wydaj zaświadczenie
              </Button>
            )
          );
        return (
          <Space direction="vertical" size={0}>
            <span className="nowrap">Zaświadczenie nr {certificate.number}</span>
            <Button
              size="small"
              aria-label={`Drukuj zaświadczenie nr ${certificate.number}: ${p.name}`}
              onClick={() => setPdf(certificatePdf(api, certificate))}
            >
              Drukuj zaświadczenie
            </Button>
          </Space>
        );
      },
    });

  return (
    <section aria-labelledby={`hours-${group.id}`}>
      <Typography.Title level={2} id={`hours-${group.id}`} className="attendance-title">
        Godziny obecności — {group.name}
      </Typography.Title>
      {data && (
        <Typography.Paragraph>
          Minimum do ukończenia programu: {data.minAttendancePercent} % planowanych godzin
          (usprawiedliwiona nieobecność nie wlicza się do obecności).
        </Typography.Paragraph>
      )}
      {error && <Alert type="error" showIcon title={error} />}
      <Table<PersonHours>
        size="small"
        rowKey="participantId"
        loading={!data && !error}
        dataSource={people}
        columns={columns}
        pagination={false}
        locale={{ emptyText: 'Grupa nie ma członków' }}
      />
      {ending && (
        <EndParticipationDialog
          editionId={editionId}
          person={ending}
          onClose={() => setEnding(null)}
          onEnded={() => {
            reread();
            if (mayIssue) setIssuing(ending);
          }}
        />
      )}
      {issuing && (
        <IssueCertificateDialog
          editionId={editionId}
          person={issuing}
          onClose={() => setIssuing(null)}
          onIssued={(certificate) => {
            reread();
            setPdf(certificatePdf(api, certificate));
          }}
        />
      )}
      {pdf && <PdfPreviewDialog source={pdf} onClose={() => setPdf(null)} />}
    </section>
  );
}
