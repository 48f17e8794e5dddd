import { useState } from 'react';
import { Button, Dropdown, Flex } from 'antd';
import { DownOutlined, KeyOutlined, LockOutlined, LogoutOutlined } from '@ant-design/icons';
import { useFeature, useStores } from '../../app/stores';
import { useGuardedAction } from '../../ui/leave-guard';
import { useToast } from '../../ui/toast';
import { roleList } from './account-labels';
import { ChangePasswordDialog } from './ChangePassword';

/**
 * The signed-in person in the header — the core stamps this name on every change — with
 * locking (leaving the desk), changing one's password and signing out.
 */
export function UserMenu() {
  const { session } = useStores();
  const user = useFeature('session', (s) => s.session?.user ?? null);
  const toast = useToast();
  const guarded = useGuardedAction();
  const [changing, setChanging] = useState(false);
  if (!user) return null;

  const fail = (e: Error) => toast.error(e.message);
  const lock = () => void session.getState().lock().catch(fail);
  const logout = () => guarded(() => void session.getState().logout().catch(fail));

  return (
    <Flex align="center" gap={12} wrap>
      <Flex vertical className="header-user">
        <span className="header-user-name">{user.name}</span>
        <span className="header-user-roles">{roleList(user.roles)}</span>
      </Flex>
      <Button
        icon={<LockOutlined />}
        onClick={lock}
        title="Zablokuj program, odchodząc od komputera"
      >
        Zablokuj
      </Button>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'password', icon: <KeyOutlined />, label: 'Zmień hasło' },
            { key: 'logout', icon: <LogoutOutlined />, label: 'Wyloguj' },
          ],
          onClick: ({ key }) => (key === 'password' ? setChanging(true) : logout()),
        }}
      >
        <Button aria-label={`Konto: ${user.name}`}>
          Konto <DownOutlined />
        </Button>
      </Dropdown>
      {changing && <ChangePasswordDialog onClose={() => setChanging(false)} />}
    </Flex>
  );
}
