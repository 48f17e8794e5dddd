import { useEffect, useLayoutEffect } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Spin, Switch, Table } from 'antd';
import { corePager } from '../../ui/ListTable';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useNavigate, useParams } from 'react-router';
import { HISTORY_PAGE_MAX, type AuditEntry } from '../../../src-main/contract/audit';
import type { Participant } from '../../../src-main/contract/participants';
import { formatDate } from '../../../src-main/domain/dates';
import { EDUCATION_LABELS } from '../../../src-main/domain/education';
import { EXCLUSION_REASONS, EXCLUSION_REASON_LABELS } from '../../../src-main/domain/exclusion';
import { useFeature, useStores } from '../../app/stores';
import { useCan } from '../accounts/can';
import { ClubHoursCard } from '../club/attendance/ClubHoursCard';
import { ParticipantContracts } from '../contracts/ParticipantContracts';
import { ParticipantCoursesCard } from '../courses/ParticipantCoursesCard';
import { EnrolmentPanel } from '../enrolments/EnrolmentPanel';
import {
  AREA_TYPE_LABELS,
  AUDIT_ACTION_LABELS,
  FIELD_LABELS as L,
  fieldLabel,
  SEX_LABELS,
} from './participant-labels';
import { ScreenTitle } from '../../ui/ScreenTitle';
import { INITIAL_AUDIT_QUERY } from './participants.store';
import { ParticipantViews } from '../audit/ParticipantViews';

/** Page sizes of the history (the core gives at most HISTORY_PAGE_MAX entries a page). */
const HISTORY_PAGE_SIZES = [INITIAL_AUDIT_QUERY.pageSize, 20, 50, HISTORY_PAGE_MAX];

/** Dates never break across lines, whatever the font size. */
const date = (iso: string | null) =>
  iso ? <span className="nowrap">{formatDate(iso)}</span> : '—';
const text = (s: string | null) => s || '—';

/** "Żeromskiego 12/3, 26-600 Radom"; without a house number (e.g. homeless) only what is known. */
function formatAddress(a: Participant['address']): string {
  const house = a.houseNumber ? a.houseNumber + (a.flatNumber ? `/${a.flatNumber}` : '') : '';
  const street = [a.street ?? (house ? a.locality : ''), house].filter(Boolean).join(' ');
  return [street, `${a.postalCode} ${a.locality}`].filter(Boolean).join(', ');
}

/** /participants/:id — the participant's card. */
export function ParticipantCardScreen() {
  const id = Number(useParams().id);
  const { participants } = useStores();
  const current = useFeature('participants', (s) => s.current);
  const error = useFeature('participants', (s) => s.currentError);
  const navigate = useNavigate();
  const canEdit = useCan('participants.update');
  const canSeeViews = useCan('audit.viewsOf');

  useEffect(() => {
    void participants.getState().loadOne(id);
    void participants.getState().loadAudit(id);
  }, [id, participants]);
  // The card (not the form) follows what another window saves about this person.
  useEffect(() => participants.getState().watchCard(), [participants]);

  // The card opens at its top, also after saving a form scrolled down to its buttons. (No
  // arrow returning scrollTo's result: Chromium returns a promise, which React would call.)
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [id]);

  if (error) return <Alert type="error" showIcon title={error} />;
  if (current?.id !== id) return <Spin size="large" />;
  const p = current;

  return (
    <Flex vertical gap={16}>
      <ScreenTitle
        kind="karta uczestnika"
        extra={
          <Flex gap={8}>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/participants')}>
              Lista uczestników
            </Button>
            {canEdit && (
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => navigate(`/participants/${id}/edit`)}
              >
                Edytuj
              </Button>
            )}
          </Flex>
        }
      >
        {p.lastName} {p.firstName}
      </ScreenTitle>
      <Card size="small" title="Dane uczestnika">
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, sm: 1, md: 1, lg: 1, xl: 2, xxl: 3 }}
          items={[
            p.pesel
              ? {
                  key: 'pesel',
                  label: L.pesel,
                  children: <span className="nowrap">{p.pesel}</span>,
                }
              : { key: 'doc', label: L.documentNumber, children: text(p.documentNumber) },
            { key: 'sex', label: L.sex, children: SEX_LABELS[p.sex] },
            { key: 'birthDate', label: L.birthDate, children: date(p.birthDate) },
            { key: 'birthPlace', label: L.birthPlace, children: text(p.birthPlace) },
            { key: 'address', label: L.address, children: formatAddress(p.address) },
            {
              key: 'region',
              label: 'Gmina, powiat, województwo',
              children: `${p.address.commune}, pow. ${p.address.county}, woj. ${p.address.voivodeship}`,
            },
            { key: 'area', label: L.areaType, children: AREA_TYPE_LABELS[p.address.areaType] },
            { key: 'phone', label: L.phone, children: text(p.phone) },
            { key: 'email', label: L.email, children: text(p.email) },
            {
              key: 'education',
              label: L.educationLevel,
              children: p.educationLevel ? EDUCATION_LABELS[p.educationLevel] : '—',
            },
            {
              key: 'exclusion',
              label: L.exclusionReasons,
              children:
                EXCLUSION_REASONS.filter((r) => p.exclusionReasons.includes(r))
                  .map((r) => EXCLUSION_REASON_LABELS[r])
                  .join(', ') || '—',
            },
            { key: 'unemployed', label: L.unemployedSince, children: date(p.unemployedSince) },
            { key: 'withoutWork', label: L.withoutWorkSince, children: date(p.withoutWorkSince) },
            { key: 'client', label: L.officeClientSince, children: date(p.officeClientSince) },
            { key: 'worker', label: L.socialWorkerId, children: text(p.socialWorkerName) },
            { key: 'notes', label: L.notes, children: text(p.notes), span: 'filled' },
          ]}
        />
      </Card>
      <Card size="small" title={L.familyMembers}>
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={p.familyMembers.map((member, i) => ({ ...member, key: i }))}
          locale={{ emptyText: 'Nie wpisano członków rodziny' }}
          columns={[
            { title: L.lastName, dataIndex: 'lastName' },
            { title: L.firstName, dataIndex: 'firstName' },
            { title: L.relation, dataIndex: 'relation' },
            { title: L.birthDate, dataIndex: 'birthDate', render: date },
            { title: L.pesel, dataIndex: 'pesel', className: 'nowrap', render: text },
          ]}
        />
      </Card>
      <EnrolmentPanel participantId={id} />
      <ParticipantContracts participantId={id} />
      <ClubHoursCard participantId={id} />
      <ParticipantCoursesCard participantId={id} />
      <AuditTrail />
      <ParticipantViews participantId={id} visible={canSeeViews} />
    </Flex>
  );
}

/**
 * Every opening of the card is logged as a view; by default only the changes are listed. The
 * core pages and filters the history: the table shows the page the store holds and asks for
 * another through the store.
 */
function AuditTrail() {
  const { participants } = useStores();
  const audit = useFeature('participants', (s) => s.audit);
  const total = useFeature('participants', (s) => s.auditTotal);
  const query = useFeature('participants', (s) => s.auditQuery);
  const loading = useFeature('participants', (s) => s.auditLoading);
  const error = useFeature('participants', (s) => s.auditError);
  const withViews = query.includeViews;
  return (
    <Card
      size="small"
      title="Historia zmian"
      extra={
        <label className="switch-label">
          <Switch
            size="small"
            checked={withViews}
            onChange={(includeViews) => void participants.getState().pageAudit({ includeViews })}
          />
          Pokaż także wglądy (odczyty danych)
        </label>
      }
    >
      {error && <Alert type="error" showIcon title={error} />}
      <Table<AuditEntry>
        size="small"
        rowKey="id"
        dataSource={audit}
        loading={loading}
        pagination={
          total > INITIAL_AUDIT_QUERY.pageSize &&
          corePager({
            page: query.page,
            pageSize: query.pageSize,
            total,
            sizes: HISTORY_PAGE_SIZES,
            showTotal: (n) => `Razem: ${n}`,
            onChange: (page, pageSize) =>
              void participants
                .getState()
                .pageAudit(pageSize === query.pageSize ? { page } : { page: 1, pageSize }),
          })
        }
        locale={{ emptyText: withViews ? 'Brak wpisów' : 'Brak zmian danych' }}
        columns={[
          {
            title: 'Kiedy',
            dataIndex: 'at',
            className: 'nowrap',
            render: (at: string) => dayjs(at).format('DD.MM.YYYY HH:mm'),
          },
          {
            title: 'Kto',
            dataIndex: 'actorName',
            className: 'nowrap',
            render: (n: string | null) => n ?? 'nie wybrano pracownika',
          },
          {
            title: 'Czynność',
            dataIndex: 'action',
            className: 'nowrap',
            render: (a: AuditEntry['action']) => AUDIT_ACTION_LABELS[a],
          },
          {
            title: 'Dotyczy pól',
            dataIndex: 'changedFields',
            render: (fields: string[]) => [...new Set(fields.map(fieldLabel))].join(', ') || '—',
          },
        ]}
      />
    </Card>
  );
}
