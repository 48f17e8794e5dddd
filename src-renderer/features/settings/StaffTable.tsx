import { useState } from 'react';
import { Button, Flex, Popconfirm, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  STAFF_ROLE_LABELS,
  STAFF_ROLES,
  type StaffInput,
  type StaffMember,
} from '../../../src-main/contract/staff';
import { comparePolish } from '../../../src-main/domain/text';
import { useToast } from '../../ui/toast';
import { StaffDialog } from './StaffDialog';

/** Dark green on pale green with a matching border: readable in high contrast too. */
const ACTIVE_TAG = {
  color: '#135200',
  background: '#f6ffed',
  borderColor: '#135200',
  fontSize: '0.875em',
};

const fullName = (m: StaffMember) => `${m.lastName} ${m.firstName}`;

/**
 * Pracownicy. Nobody is deleted: past entries keep the name of who made them, so a person
 * who leaves is deactivated and is no longer offered in new entries.
 */
export function StaffTable(props: {
  staff: StaffMember[];
  saving: boolean;
  onSave: (fields: StaffInput, id?: number) => Promise<unknown>;
  onSetActive: (member: StaffMember, active: boolean) => Promise<unknown>;
}) {
  const { staff, saving, onSave, onSetActive } = props;
  const toast = useToast();
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);

  const setActive = (member: StaffMember, active: boolean) =>
    onSetActive(member, active).then(
      () =>
        toast.success(
          `${active ? 'Przywrócono' : 'Dezaktywowano'}: ${member.firstName} ${member.lastName}.`,
        ),
      (e: Error) => toast.error(e.message),
    );

  const columns: TableColumnsType<StaffMember> = [
    {
      title: 'Nazwisko i imię',
      key: 'name',
      render: (_, m) => fullName(m),
      sorter: (a, b) => comparePolish(fullName(a), fullName(b)),
      defaultSortOrder: 'ascend',
    },
    {
      title: 'Funkcja',
      dataIndex: 'role',
      render: (role: StaffMember['role']) => STAFF_ROLE_LABELS[role],
      filters: STAFF_ROLES.map((value) => ({ value, text: STAFF_ROLE_LABELS[value] })),
      onFilter: (value, m) => m.role === value,
    },
    { title: 'Telefon', dataIndex: 'phone', render: (phone: string | null) => phone ?? '—' },
    {
      title: 'Status',
      dataIndex: 'active',
      render: (active: boolean) =>
        active ? <Tag style={ACTIVE_TAG}>Aktywny</Tag> : <Tag>Nieaktywny</Tag>,
      sorter: (a, b) => Number(b.active) - Number(a.active),
    },
    {
      title: 'Działania',
      key: 'actions',
      render: (_, m) => (
        <Flex gap="small" wrap>
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => setEditing(m)}
            aria-label={`Edytuj: ${fullName(m)}`}
          >
            Edytuj
          </Button>
          {m.active ? (
            <Popconfirm
              title={`Dezaktywować: ${m.firstName} ${m.lastName}?`}
              description="Nie będzie można wybrać tej osoby w nowych wpisach; jej dotychczasowe wpisy pozostaną."
              okText="Dezaktywuj"
              cancelText="Anuluj"
              okButtonProps={{ danger: true }}
              onConfirm={() => setActive(m, false)}
            >
              <Button size="small" danger>
                Dezaktywuj
              </Button>
            </Popconfirm>
          ) : (
            <Button size="small" onClick={() => void setActive(m, true)}>
              Przywróć
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Button
        type="primary"
        icon={<PlusOutlined />}
        style={{ alignSelf: 'flex-start' }}
        onClick={() => setEditing('new')}
      >
        Dodaj pracownika
      </Button>
      <Table<StaffMember>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={staff}
        pagination={false}
        onRow={(m) => ({ style: m.active ? undefined : { color: 'rgba(0, 0, 0, 0.55)' } })}
        locale={{ emptyText: 'Nie dodano jeszcze pracowników' }}
      />
      {editing && (
        <StaffDialog
          member={editing === 'new' ? null : editing}
          saving={saving}
          onSave={async (fields, id) => {
            await onSave(fields, id);
            toast.success(id === undefined ? 'Dodano pracownika.' : 'Zapisano zmiany.');
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
