import { useEffect, useState } from 'react';
import { Button, Flex, Popconfirm, Radio, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { KeyOutlined, TeamOutlined, UserAddOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useStore, type StoreApi } from 'zustand';
import type { AccountSummary } from '../../../src-main/contract/accounts';
import {
  PARTICIPANT_SCOPES,
  seesEveryParticipant,
  type ParticipantScope,
} from '../../../src-main/contract/permissions';
import type { StaffMember } from '../../../src-main/contract/staff';
import { comparePolish } from '../../../src-main/domain/text';
import { useFeature, useStores } from '../../app/stores';
import { useToast } from '../../ui/toast';
import type { SettingsState } from '../settings/settings.store';
import { roleList, SCOPE_LABELS } from './account-labels';
import { AccountDialog, ResetPasswordDialog } from './AccountDialogs';
import { createAccountsStore } from './accounts.store';
import { useCan } from './can';
import { errorMessage } from '../../api/client';
import { LoadErrorAlert } from '../../ui/LoadErrorAlert';

const fullName = (a: { firstName: string; lastName: string }) => `${a.lastName} ${a.firstName}`;

/** Dark green on pale green with a matching border: readable in high contrast too. */
const ACTIVE_TAG = {
  color: '#135200',
  background: '#f6ffed',
  borderColor: '#135200',
  fontSize: '0.875em',
};

/**
 * Konta i uprawnienia. The administrator gives staff members accounts, roles and temporary
 * passwords, and deactivates those who left (never deletes: their entries keep the name). A
 * coordinator only widens or narrows which participants a social worker sees.
 */
export function AccountsTab({ settings }: { settings: StoreApi<SettingsState> }) {
  const manages = useCan('accounts.create');
  return manages ? <AccountsTable settings={settings} /> : <ScopeTable />;
}

type Dialog =
  { kind: 'account'; account: AccountSummary } | { kind: 'reset'; account: AccountSummary } | null;

function AccountsTable({ settings }: { settings: StoreApi<SettingsState> }) {
  const { api } = useStores();
  const [store] = useState(() => createAccountsStore(api));
  const { accounts, loading, error, saving, load, create, update, resetPassword } = useStore(store);
  const staff = useFeature('session', (s) => s.staff);
  const me = useFeature('session', (s) => s.session?.user?.staffId);
  const setStaffActive = useStore(settings, (s) => s.setStaffActive);
  const toast = useToast();
  const [dialog, setDialog] = useState<Dialog>(null);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => store.getState().watch(), [store]);

  const member = (a: AccountSummary): StaffMember | undefined =>
    staff.find((m) => m.id === a.staffId);

  async function setActive(a: AccountSummary, active: boolean) {
    const m = member(a);
    if (!m) return;
    try {
      await setStaffActive(m, active);
      await load();
      toast.success(
        active
          ? `Przywrócono: ${a.firstName} ${a.lastName}.`
          : `Dezaktywowano: ${a.firstName} ${a.lastName}. Nie zaloguje się już do programu.`,
      );
    } catch (e) {
      toast.error(errorMessage(e));
    }
  }

  const columns: TableColumnsType<AccountSummary> = [
    {
      title: 'Nazwisko i imię',
      key: 'name',
      render: (_, a) => fullName(a),
      sorter: (a, b) => comparePolish(fullName(a), fullName(b)),
      defaultSortOrder: 'ascend',
    },
    {
      title: 'Login',
      dataIndex: 'login',
      render: (login: string | null) =>
        login ?? <Typography.Text type="secondary">brak konta</Typography.Text>,
    },
    {
      title: 'Role',
      dataIndex: 'roles',
      render: (_, a) => (a.login ? roleList(a.roles) || '—' : '—'),
    },
    {
      title: 'Zakres',
      key: 'scope',
      render: (_, a) =>
        a.login && (a.roles.includes('socialWorker') || a.roles.includes('coordinator'))
          ? SCOPE_LABELS[seesEveryParticipant(a.roles, a.participantScope) ? 'all' : 'assigned']
          : '—',
    },
    {
      title: 'Ostatnie logowanie',
      dataIndex: 'lastLoginAt',
      className: 'nowrap',
      render: (at: string | null, a) =>
        a.login ? (at ? dayjs(at).format('DD.MM.YYYY HH:mm') : 'jeszcze nie') : '—',
    },
    {
      title: 'Aktywny',
      key: 'active',
      render: (_, a) => (
        <Flex gap={4} wrap>
          {a.active ? <Tag style={ACTIVE_TAG}>Tak</Tag> : <Tag>Nie</Tag>}
          {a.login && a.mustChangePassword && <Tag>hasło do zmiany</Tag>}
        </Flex>
      ),
      sorter: (a, b) => Number(b.active) - Number(a.active),
    },
    {
      title: 'Działania',
      key: 'actions',
      render: (_, a) => {
        const name = `${a.firstName} ${a.lastName}`;
        return (
          <Flex gap="small" wrap>
            {a.login === null ? (
              <Button
                size="small"
                icon={<UserAddOutlined />}
                disabled={!a.active}
                onClick={() => setDialog({ kind: 'account', account: a })}
                aria-label={`Utwórz konto: ${name}`}
              >
                Utwórz konto
              </Button>
            ) : (
              <>
                <Button
                  size="small"
                  icon={<TeamOutlined />}
                  onClick={() => setDialog({ kind: 'account', account: a })}
                  aria-label={`Zmień role: ${name}`}
                >
                  Zmień role
                </Button>
                <Button
                  size="small"
                  icon={<KeyOutlined />}
                  onClick={() => setDialog({ kind: 'reset', account: a })}
                  aria-label={`Resetuj hasło: ${name}`}
                >
                  Resetuj hasło
                </Button>
              </>
            )}
            {a.staffId !== me &&
              (a.active ? (
                <Popconfirm
                  title={`Dezaktywować: ${name}?`}
                  description="Ta osoba nie zaloguje się do programu i nie będzie wybierana w nowych wpisach; jej dotychczasowe wpisy pozostaną."
                  okText="Dezaktywuj"
                  cancelText="Anuluj"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => setActive(a, false)}
                >
                  <Button size="small" danger aria-label={`Dezaktywuj: ${name}`}>
                    Dezaktywuj
                  </Button>
                </Popconfirm>
              ) : (
                <Button
                  size="small"
                  onClick={() => void setActive(a, true)}
                  aria-label={`Przywróć: ${name}`}
                >
                  Przywróć
                </Button>
              ))}
          </Flex>
        );
      },
    },
  ];

  return (
    <Flex vertical gap="middle">
      <Typography.Paragraph style={{ maxWidth: 820, marginBottom: 0 }}>
        Konto ma każdy, kto pracuje w programie; osoba bez konta (np. prowadzący z zewnątrz) może
        być wpisywana w dokumentach, ale się nie loguje. Nowego pracownika dodaje się na karcie
        „Pracownicy”. Nikogo się nie usuwa — kto odszedł, zostaje dezaktywowany.
      </Typography.Paragraph>
      <LoadErrorAlert error={error} onRetry={() => void load()} />
      <Table<AccountSummary>
        rowKey="staffId"
        size="middle"
        columns={columns}
        dataSource={accounts}
        loading={loading}
        pagination={false}
        scroll={{ x: true }}
        onRow={(a) => ({ style: a.active ? undefined : { color: 'rgba(0, 0, 0, 0.55)' } })}
        locale={{ emptyText: 'Nie dodano jeszcze pracowników' }}
      />
      {dialog?.kind === 'account' && (
        <AccountDialog
          account={dialog.account}
          suggestedRole={member(dialog.account)?.role}
          saving={saving}
          onCreate={create}
          onUpdate={update}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'reset' && (
        <ResetPasswordDialog
          account={dialog.account}
          saving={saving}
          onReset={resetPassword}
          onClose={() => setDialog(null)}
        />
      )}
    </Flex>
  );
}

/** The coordinator's part: which participants each social worker sees. */
function ScopeTable() {
  const { api } = useStores();
  const [store] = useState(() => createAccountsStore(api));
  const setScope = useStore(store, (s) => s.setScope);
  const load = useStore(store, (s) => s.load);
  const known = useStore(store, (s) => s.accounts);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => store.getState().watch(), [store]);
  const staff = useFeature('session', (s) => s.staff);
  const toast = useToast();
  const [busy, setBusy] = useState<number | null>(null);
  const workers = staff
    .filter((m) => m.active && m.role === 'socialWorker')
    .sort((a, b) => comparePolish(fullName(a), fullName(b)));

  async function change(m: StaffMember, participantScope: ParticipantScope) {
    setBusy(m.id);
    try {
      await setScope({ staffId: m.id, participantScope });
      toast.success(`${m.firstName} ${m.lastName}: ${SCOPE_LABELS[participantScope]}.`);
    } catch (e) {
      toast.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Flex vertical gap="middle">
      <Typography.Paragraph style={{ maxWidth: 820, marginBottom: 0 }}>
        Pracownik socjalny widzi zwykle tylko osoby, których jest opiekunem. Na czas zastępstwa
        możesz mu udostępnić wszystkich uczestników — i potem to cofnąć.
      </Typography.Paragraph>
      <Table<StaffMember>
        rowKey="id"
        size="middle"
        dataSource={workers}
        pagination={false}
        locale={{ emptyText: 'Nie ma aktywnych pracowników socjalnych' }}
        columns={[
          { title: 'Pracownik socjalny', key: 'name', render: (_, m) => fullName(m) },
          {
            title: 'Widzi',
            key: 'scope',
            render: (_, m) => (
              <Radio.Group
                aria-label={`Zakres: ${m.firstName} ${m.lastName}`}
                value={known.find((a) => a.staffId === m.id)?.participantScope}
                disabled={busy === m.id}
                onChange={(e) => void change(m, e.target.value as ParticipantScope)}
                options={PARTICIPANT_SCOPES.map((value) => ({
                  value,
                  label: SCOPE_LABELS[value],
                }))}
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}
