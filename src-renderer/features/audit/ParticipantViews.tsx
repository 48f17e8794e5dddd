import { useState } from 'react';
import { Alert, Collapse, Flex, Spin, Table, Typography } from 'antd';
import type { AuditView, AuditViewsOf } from '../../../src-main/contract/audit';
import { plural } from '../../../src-main/domain/plural';
import { useFeature, useStores } from '../../app/stores';
import { actorText, AUDIT_ENTITY_LABELS, changedFieldsText, entryTime } from './audit-labels';

const PANEL = 'views';

/**
 * "Kto oglądał dane tej osoby" on the participant's card: every view of their record,
 * enrolments and contracts, per staff member and one by one. Closed at first; the views are
 * read when it is opened (and again at each opening). `visible` says whether the signed-in
 * person may see it (the `audit.viewsOf` permission, decided by the caller).
 */
export function ParticipantViews(props: { participantId: number; visible: boolean }) {
  const { participantId, visible } = props;
  const { auditLog } = useStores();
  // Open for one person: another person's card starts closed (what it showed was not theirs).
  const [openFor, setOpenFor] = useState<number | null>(null);
  const open = openFor === participantId;

  if (!visible) return null;
  return (
    <Collapse
      size="small"
      className="participant-views"
      activeKey={open ? [PANEL] : []}
      onChange={(keys) => {
        const opening = (Array.isArray(keys) ? keys : [keys]).includes(PANEL);
        setOpenFor(opening ? participantId : null);
        if (opening) void auditLog.getState().loadViews(participantId);
      }}
      items={[
        {
          key: PANEL,
          label: 'Kto oglądał dane tej osoby',
          children: open ? <ViewsBody participantId={participantId} /> : null,
        },
      ]}
    />
  );
}

function ViewsBody({ participantId }: { participantId: number }) {
  const views = useFeature('auditLog', (s) => (s.viewsFor === participantId ? s.views : null));
  const loading = useFeature('auditLog', (s) => s.viewsLoading);
  const error = useFeature('auditLog', (s) => s.viewsError);

  if (error) return <Alert type="error" showIcon title={error} />;
  if (!views) return <Spin aria-label="Wczytywanie" />;
  if (views.total === 0)
    return <Typography.Text>Nikt jeszcze nie oglądał danych tej osoby.</Typography.Text>;
  return (
    <Flex vertical gap={12} aria-busy={loading}>
      <Typography.Text>
        {views.total} {plural(views.total, 'wgląd', 'wglądy', 'wglądów')} w dane —{' '}
        {views.byActor.length}{' '}
        {plural(views.byActor.length, 'pracownik', 'pracowników', 'pracowników')}.
      </Typography.Text>
      <Table<AuditViewsOf['byActor'][number]>
        size="small"
        rowKey={(r) => String(r.actorId)}
        pagination={false}
        dataSource={views.byActor}
        columns={[
          { title: 'Pracownik', dataIndex: 'actorName', render: actorText },
          { title: 'Liczba wglądów', dataIndex: 'count', align: 'end' },
          { title: 'Ostatnio', dataIndex: 'lastAt', className: 'nowrap', render: entryTime },
        ]}
      />
      <Typography.Text strong>
        {views.views.length < views.total
          ? `Ostatnie ${views.views.length} wglądów`
          : 'Wszystkie wglądy'}
      </Typography.Text>
      <Table<AuditView>
        size="small"
        rowKey="id"
        dataSource={views.views}
        pagination={views.views.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          { title: 'Kiedy', dataIndex: 'at', className: 'nowrap', render: entryTime },
          { title: 'Kto', dataIndex: 'actorName', render: actorText },
          {
            title: 'Co oglądano',
            key: 'what',
            render: (_, v) =>
              [AUDIT_ENTITY_LABELS[v.entity], changedFieldsText(v.changedFields)]
                .filter(Boolean)
                .join(': '),
          },
        ]}
      />
    </Flex>
  );
}
