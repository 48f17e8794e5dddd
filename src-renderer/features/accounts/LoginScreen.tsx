import { useRef, useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Typography, type InputRef } from 'antd';
import { LoginOutlined } from '@ant-design/icons';
import type { SessionState as CoreSession } from '../../../src-main/contract/accounts';
import { useFeature, useStores } from '../../app/stores';
import { ScreenTitle } from '../../ui/ScreenTitle';
import { roleList } from './account-labels';
import { errorMessage } from '../../api/client';

interface LoginValues {
  login?: string;
  password?: string;
}

/** Logowanie: a login and a password; the core says what was wrong, in Polish. */
export function LoginScreen() {
  const { session } = useStores();
  const officeName = useFeature('session', (s) => s.session?.officeName ?? '');
  const demo = useFeature('session', (s) => s.session?.demo ?? null);
  const [form] = Form.useForm<LoginValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const password = useRef<InputRef>(null);

  async function submit() {
    const { login = '', password: typed = '' } = form.getFieldsValue(true) as LoginValues;
    const missing = [
      { name: 'login' as const, errors: login.trim() ? [] : ['Podaj login'] },
      { name: 'password' as const, errors: typed ? [] : ['Podaj hasło'] },
    ];
    form.setFields(missing);
    if (missing.some((f) => f.errors.length)) return;
    setError(null);
    setBusy(true);
    try {
      await session.getState().login(login.trim(), typed);
    } catch (e) {
      setError(errorMessage(e));
      form.setFieldValue('password', '');
      // The login was probably right: the person types the password again.
      password.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  function fillLogin(login: string) {
    form.setFieldValue('login', login);
    form.setFields([{ name: 'login', errors: [] }]);
    setError(null);
    password.current?.focus();
  }

  return (
    <Flex vertical gap="large" className="auth-screen">
      <ScreenTitle>Logowanie</ScreenTitle>
      {officeName && <Typography.Text className="auth-office">{officeName}</Typography.Text>}
      <Card>
        <Form<LoginValues>
          form={form}
          layout="vertical"
          onFinish={() => void submit()}
          // Enter in a field signs in: the one form where that is what everybody expects.
          requiredMark={false}
        >
          <Form.Item name="login" label="Login">
            <Input autoFocus autoComplete="username" spellCheck={false} autoCapitalize="off" />
          </Form.Item>
          <Form.Item name="password" label="Hasło">
            <Input.Password ref={password} autoComplete="current-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" icon={<LoginOutlined />} loading={busy}>
            Zaloguj
          </Button>
        </Form>
      </Card>
      {demo && <DemoAccounts demo={demo} onPick={fillLogin} />}
    </Flex>
  );
}

/** Only in the demo database: who can be tried, with the one password they share. */
function DemoAccounts(props: {
  demo: NonNullable<CoreSession['demo']>;
  onPick: (login: string) => void;
}) {
  const { demo, onPick } = props;
  return (
    <Card title="Baza demonstracyjna" size="small">
      <Typography.Paragraph>
        Dane w tej bazie są zmyślone. Każda rola ma swoje konto; wszystkie mają to samo hasło:{' '}
        <Typography.Text code strong>
          {demo.password}
        </Typography.Text>
      </Typography.Paragraph>
      <ul className="demo-accounts">
        {demo.accounts.map((a) => (
          <li key={a.login}>
            <span>
              <Typography.Text strong>{a.login}</Typography.Text> — {roleList(a.roles)} — {a.name}
            </span>
            <Button
              size="small"
              onClick={() => onPick(a.login)}
              aria-label={`Wpisz login ${a.login}`}
            >
              Wpisz login
            </Button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
