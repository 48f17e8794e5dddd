import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Card, Flex, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ContractRow } from '../../../src-main/contract/social-contracts';
import { useFeature, useStores } from '../../app/stores';
import { useCan } from '../accounts/can';
import { PERIOD_AND_STATUS_COLUMNS } from './contract-columns';

/** Kontrakty socjalne on the participant's card, and the way to a new one. */
export function ParticipantContracts({ participantId }: { participantId: number }) {
  const { contracts } = useStores();
  const navigate = useNavigate();
  const rowsFor = useFeature('contracts', (s) => s.personRowsFor);
  const allRows = useFeature('contracts', (s) => s.personRows);
  const loading = useFeature('contracts', (s) => s.personLoading);
  const error = useFeature('contracts', (s) => s.personError);
  const rows = rowsFor === participantId ? allRows : [];
  const canCreate = useCan('contracts.create');

  useEffect(() => {
    void contracts.getState().loadForParticipant(participantId);
  }, [participantId, contracts]);
  useEffect(() => contracts.getState().watchPerson(), [contracts]);

  return (
    <Card
      size="small"
      title="Kontrakty socjalne"
      extra={
        canCreate && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate(`/contracts/new?participantId=${participantId}`)}
          >
            Nowy kontrakt socjalny
          </Button>
        )
      }
    >
      <Flex vertical gap="small">
        {error && <Alert type="error" showIcon title={error} />}
        <Table<ContractRow>
          size="small"
          rowKey="id"
          loading={loading}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: 'Nie zawarto kontraktów socjalnych' }}
          rowClassName="clickable-row"
          onRow={(r) => ({ onClick: () => navigate(`/contracts/${r.id}`) })}
          columns={[
            {
              title: 'Nr',
              dataIndex: 'number',
              className: 'nowrap',
              render: (n: string | null, r) => (
                <a
                  href={`#/contracts/${r.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    e.stopPropagation();
                    navigate(`/contracts/${r.id}`);
                  }}
                >
                  {n ?? 'szkic kontraktu'}
                </a>
              ),
            },
            { title: 'Projekt', dataIndex: 'projectTitle', render: (t: string | null) => t ?? '—' },
            ...PERIOD_AND_STATUS_COLUMNS,
            {
              title: 'Pracownik',
              dataIndex: 'socialWorkerName',
              render: (n: string | null) =>
                n ?? <Typography.Text type="secondary">—</Typography.Text>,
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
