import { useEffect, useState } from 'react';
import { Alert, Button, Card, Flex, Spin, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import { useStores } from '../../app/stores';
import { useCan } from '../accounts/can';
import { EnrolDialog } from './EnrolDialog';
import { EnrolmentCard } from './EnrolmentCard';
import { ExitSituationDialog } from './ExitSituationDialog';
import { MonitoringDialog } from './MonitoringDialog';
import { createEnrolmentsStore } from './enrolments.store';
import { StatusChangeDialog } from './StatusChangeDialog';

type Dialog =
  { kind: 'enrol' } | { kind: 'status' | 'monitoring' | 'exit'; enrolmentId: number } | null;

/** Udział w projektach, on the participant's card: enrolments, statuses and their history. */
export function EnrolmentPanel({ participantId }: { participantId: number }) {
  const { api } = useStores();
  const [store] = useState(() => createEnrolmentsStore(api));
  const { enrolments, loading, error } = useStore(store);
  const [dialog, setDialog] = useState<Dialog>(null);
  const canEnrol = useCan('enrolments.create');
  const canChange = useCan('enrolments.changeStatus');

  useEffect(() => {
    void store.getState().load(participantId);
  }, [store, participantId]);
  // Another window's changes show here too — but never under an open dialog's form.
  const formOpen = dialog !== null;
  useEffect(
    () => (formOpen ? undefined : store.getState().watch(participantId)),
    [formOpen, store, participantId],
  );

  const of = (kind: 'status' | 'monitoring' | 'exit') =>
    dialog?.kind === kind ? enrolments.find((e) => e.id === dialog.enrolmentId) : undefined;
  const statusOf = of('status');
  const monitoringOf = of('monitoring');
  const exitOf = of('exit');

  return (
    <Card
      size="small"
      title="Udział w projektach"
      extra={
        canEnrol && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog({ kind: 'enrol' })}
          >
            Zapisz do projektu
          </Button>
        )
      }
    >
      <Flex vertical gap="middle">
        {error && (
          <Alert
            type="error"
            showIcon
            title={error}
            action={
              <Button onClick={() => void store.getState().load(participantId)}>
                Spróbuj ponownie
              </Button>
            }
          />
        )}
        {loading && enrolments.length === 0 && <Spin />}
        {!loading && !error && enrolments.length === 0 && (
          <Typography.Text type="secondary">
            Osoba nie jest zgłoszona do żadnego projektu.
          </Typography.Text>
        )}
        {enrolments.map((e) => (
          <EnrolmentCard
            key={e.id}
            enrolment={e}
            readOnly={!canChange}
            onChangeStatus={() => setDialog({ kind: 'status', enrolmentId: e.id })}
            onEditMonitoring={() => setDialog({ kind: 'monitoring', enrolmentId: e.id })}
            onRecordExit={() => setDialog({ kind: 'exit', enrolmentId: e.id })}
          />
        ))}
      </Flex>
      {dialog?.kind === 'enrol' && (
        <EnrolDialog
          participantId={participantId}
          store={store}
          enrolledProjectIds={enrolments.map((e) => e.projectId)}
          onClose={() => setDialog(null)}
        />
      )}
      {statusOf && (
        <StatusChangeDialog enrolment={statusOf} store={store} onClose={() => setDialog(null)} />
      )}
      {monitoringOf && (
        <MonitoringDialog enrolment={monitoringOf} store={store} onClose={() => setDialog(null)} />
      )}
      {exitOf && (
        <ExitSituationDialog enrolment={exitOf} store={store} onClose={() => setDialog(null)} />
      )}
    </Card>
  );
}
