import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Col, Flex, Form, Input, Row, Typography } from 'antd';
import { setupInput, type SetupInput } from '../../../src-main/contract/accounts';
import type { Role } from '../../../src-main/contract/permissions';
import type { OfficeSettingsInput } from '../../../src-main/contract/settings';
import { useStores } from '../../app/stores';
import { showApiIssues, validateWithSchema } from '../../ui/form-errors';
import { validateTouched } from '../../ui/live-validation';
import { ScreenTitle } from '../../ui/ScreenTitle';
import { OfficeFields } from '../settings/OfficeFields';
import { PASSWORD_HINT } from './account-labels';
import { formSchema, repeatIssue } from './form-schema';
import { errorMessage } from '../../api/client';

interface SetupValues {
  office: Partial<OfficeSettingsInput>;
  administrator: {
    firstName?: string;
    lastName?: string;
    login?: string;
    password?: string;
    passwordRepeat?: string;
    alsoCoordinator?: boolean;
    alsoSocialWorker?: boolean;
  };
}

function toInput(v: Partial<SetupValues>): SetupInput {
  const a = v.administrator ?? {};
  const roles: Role[] = ['administrator'];
  if (a.alsoCoordinator) roles.push('coordinator');
  if (a.alsoSocialWorker) roles.push('socialWorker');
  return {
    office: (v.office ?? {}) as OfficeSettingsInput,
    administrator: {
      firstName: a.firstName as string,
      lastName: a.lastName as string,
      login: a.login as string,
      password: a.password as string,
      roles,
    },
  };
}

const schema = formSchema<SetupValues, typeof setupInput>(setupInput, toInput, (v) =>
  repeatIssue(v.administrator?.password, v.administrator?.passwordRepeat, [
    'administrator',
    'passwordRepeat',
  ]),
);

const INITIAL: SetupValues = {
  office: { idleLockMinutes: 10 },
  administrator: { alsoCoordinator: false, alsoSocialWorker: false },
};

/**
 * Pierwsze uruchomienie: the office and its administrator. There is no default password —
 * whoever installs the program chooses the first one here.
 */
export function SetupScreen() {
  const { session } = useStores();
  const [form] = Form.useForm<SetupValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function scrollToFirstError() {
    const first = form.getFieldsError().find((f) => f.errors.length > 0);
    if (first) form.scrollToField(first.name, { block: 'center', focus: true });
  }

  async function submit() {
    setError(null);
    const input = validateWithSchema(form, schema, form.getFieldsValue(true));
    if (!input) {
      scrollToFirstError();
      return;
    }
    setBusy(true);
    try {
      await session.getState().setup(input);
    } catch (e) {
      if (showApiIssues(form, e)) scrollToFirstError();
      else setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Flex vertical gap="large" className="auth-screen auth-screen-wide">
      <ScreenTitle>Pierwsze uruchomienie</ScreenTitle>
      <Alert
        type="info"
        showIcon
        title="Program nie ma hasła domyślnego"
        description={
          <>
            Wpisz dane ośrodka i załóż konto administratora — login i hasło wybierasz teraz i tylko
            Ty je znasz. Zapamiętaj je: bez nich nikt nie zaloguje się do programu. Administrator
            zakłada potem konta pozostałym pracownikom (Ustawienia → Konta i uprawnienia).
          </>
        }
      />
      <Form<SetupValues>
        form={form}
        layout="vertical"
        initialValues={INITIAL}
        onValuesChange={() => validateTouched(form, schema, form.getFieldsValue(true))}
      >
        <Flex vertical gap="large">
          <Card title="Ośrodek" size="small">
            <OfficeFields prefix={['office']} />
          </Card>
          <Card title="Administrator" size="small">
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name={['administrator', 'firstName']} label="Imię" required>
                  <Input autoComplete="given-name" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name={['administrator', 'lastName']} label="Nazwisko" required>
                  <Input autoComplete="family-name" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name={['administrator', 'login']}
              label="Login"
              required
              extra="Litery, cyfry, kropka, myślnik lub podkreślenie, np. a.kowalska"
            >
              <Input autoComplete="username" spellCheck={false} autoCapitalize="off" />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item
                  name={['administrator', 'password']}
                  label="Hasło"
                  required
                  extra={PASSWORD_HINT}
                >
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name={['administrator', 'passwordRepeat']}
                  label="Powtórz hasło"
                  required
                >
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
              </Col>
            </Row>
            <fieldset className="plain-fieldset">
              <legend>Role</legend>
              <Typography.Paragraph type="secondary">
                Administrator prowadzi ustawienia, konta i kopie zapasowe. W małym ośrodku ta sama
                osoba bywa też koordynatorem lub pracownikiem socjalnym.
              </Typography.Paragraph>
              <Flex vertical gap={4}>
                <Checkbox checked disabled>
                  Administrator
                </Checkbox>
                <Form.Item
                  name={['administrator', 'alsoCoordinator']}
                  valuePropName="checked"
                  noStyle
                >
                  <Checkbox>także koordynator projektu</Checkbox>
                </Form.Item>
                <Form.Item
                  name={['administrator', 'alsoSocialWorker']}
                  valuePropName="checked"
                  noStyle
                >
                  <Checkbox>także pracownik socjalny</Checkbox>
                </Form.Item>
              </Flex>
            </fieldset>
          </Card>
          {error && <Alert type="error" showIcon title={error} />}
          <Button
            type="primary"
            htmlType="button"
            loading={busy}
            onClick={() => void submit()}
            style={{ alignSelf: 'flex-start' }}
          >
            Zapisz i rozpocznij pracę
          </Button>
        </Flex>
      </Form>
    </Flex>
  );
}
