import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Alert, Button, Flex, Form, Input, Typography, type InputRef } from 'antd';
import { LockOutlined, LogoutOutlined, UnlockOutlined } from '@ant-design/icons';
import { useFeature, useStores } from '../../app/stores';
import { roleList } from './account-labels';
import { errorMessage } from '../../api/client';

/**
 * Makes everything on the page but `keep` inert while mounted: no focus, no clicks, hidden
 * from screen readers — the screen under the lock, and any dialog or pop-up antd put on
 * `<body>`. Elements that were inert already stay so afterwards.
 */
function useInertSiblings(keep: HTMLElement) {
  useEffect(() => {
    const made = [...document.body.children].filter(
      (el): el is HTMLElement => el instanceof HTMLElement && el !== keep && !el.inert,
    );
    const hidden = made.map((el) => el.getAttribute('aria-hidden'));
    for (const el of made) {
      el.inert = true;
      // `inert` hides it from assistive technology already; said again for older readers.
      el.setAttribute('aria-hidden', 'true');
    }
    return () => {
      made.forEach((el, i) => {
        el.inert = false;
        const was = hidden[i];
        if (was === null || was === undefined) el.removeAttribute('aria-hidden');
        else el.setAttribute('aria-hidden', was);
      });
    };
  }, [keep]);
}

/**
 * Program zablokowany: over the whole window, opaque, while the screen underneath stays as it
 * was (a half-typed form survives). Only the same person's password opens it; signing out
 * drops what was not saved.
 */
export function LockScreen() {
  const [container] = useState(() => {
    const el = document.createElement('div');
    el.className = 'lock-screen-root';
    return el;
  });
  // Before the dialog's own effects (children's passive effects run after every layout
  // effect), so the password field is in the document when it takes the focus.
  useLayoutEffect(() => {
    document.body.append(container);
    return () => container.remove();
  }, [container]);
  useInertSiblings(container);
  return createPortal(<LockDialog />, container);
}

function LockDialog() {
  const { session } = useStores();
  const user = useFeature('session', (s) => s.session?.user ?? null);
  const [form] = Form.useForm<{ password?: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'unlock' | 'logout' | null>(null);
  const password = useRef<InputRef>(null);
  const titleId = useId();

  useEffect(() => {
    const before = document.title;
    document.title = 'Program zablokowany — Aktywator';
    password.current?.focus();
    return () => {
      document.title = before;
    };
  }, []);

  async function unlock() {
    const typed = (form.getFieldValue('password') as string | undefined) ?? '';
    if (!typed) {
      form.setFields([{ name: 'password', errors: ['Podaj hasło'] }]);
      password.current?.focus();
      return;
    }
    setError(null);
    setBusy('unlock');
    try {
      await session.getState().unlock(typed);
    } catch (e) {
      setError(errorMessage(e));
      form.setFieldValue('password', '');
      password.current?.focus();
    } finally {
      setBusy(null);
    }
  }

  async function logout() {
    setBusy('logout');
    try {
      await session.getState().logout();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(null);
    }
  }

  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby={titleId}>
      <Flex vertical gap="middle" className="lock-screen-box">
        <Typography.Title level={1} id={titleId} className="screen-title">
          <LockOutlined aria-hidden /> Program zablokowany
        </Typography.Title>
        {user && (
          <Typography.Paragraph>
            Pracuje tu: <strong>{user.name}</strong> ({roleList(user.roles)}). Dane są ukryte do
            czasu odblokowania.
          </Typography.Paragraph>
        )}
        <Form form={form} layout="vertical" onFinish={() => void unlock()} requiredMark={false}>
          <Form.Item name="password" label="Hasło">
            <Input.Password ref={password} autoComplete="current-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Flex gap={8} wrap align="center">
            <Button
              type="primary"
              htmlType="submit"
              icon={<UnlockOutlined />}
              loading={busy === 'unlock'}
            >
              Odblokuj
            </Button>
            <Button
              htmlType="button"
              icon={<LogoutOutlined />}
              loading={busy === 'logout'}
              onClick={() => void logout()}
              aria-describedby={`${titleId}-logout`}
            >
              Wyloguj
            </Button>
          </Flex>
        </Form>
        <LogoutNote id={`${titleId}-logout`}>
          Wylogowanie porzuca niezapisane zmiany z ekranu pod blokadą.
        </LogoutNote>
      </Flex>
    </div>
  );
}

function LogoutNote({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Typography.Text type="secondary" id={id}>
      {children}
    </Typography.Text>
  );
}
