import { useState } from 'react';
import { Alert, Button, Flex, Form, Input, Modal, Typography, type FormInstance } from 'antd';
import { contract } from '../../../src-main/contract';
import { useFeature, useStores } from '../../app/stores';
import { useDiscardGuard } from '../../ui/discard-guard';
import { showApiIssues, validateWithSchema } from '../../ui/form-errors';
import { validateTouched } from '../../ui/live-validation';
import { ScreenTitle } from '../../ui/ScreenTitle';
import { useToast } from '../../ui/toast';
import { PASSWORD_HINT } from './account-labels';
import { formSchema, repeatIssue } from './form-schema';
import { errorMessage } from '../../api/client';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  newPasswordRepeat: string;
}

const schema = formSchema<PasswordValues, (typeof contract)['session.changePassword']['input']>(
  contract['session.changePassword'].input,
  ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
  (v) => repeatIssue(v.newPassword, v.newPasswordRepeat, ['newPasswordRepeat']),
);

/** The form's state and its one action; the screen and the dialog place the buttons. */
function useChangePassword(onDone: () => void) {
  const { session } = useStores();
  const [form] = Form.useForm<PasswordValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);

  async function submit() {
    setError(null);
    const input = validateWithSchema(form, schema, form.getFieldsValue(true));
    if (!input) return;
    setBusy(true);
    try {
      await session.getState().changePassword(input.currentPassword, input.newPassword);
      setDirty(false);
      onDone();
    } catch (e) {
      if (!showApiIssues(form, e)) setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const onValuesChange = () => {
    setDirty(true);
    validateTouched(form, schema, form.getFieldsValue(true));
  };
  return { form, error, busy, dirty, submit, onValuesChange };
}

function PasswordFields(props: {
  form: FormInstance<PasswordValues>;
  onValuesChange: () => void;
  onSubmit: () => void;
}) {
  return (
    <Form<PasswordValues>
      form={props.form}
      layout="vertical"
      onValuesChange={props.onValuesChange}
      onFinish={props.onSubmit}
    >
      <Form.Item name="currentPassword" label="Obecne hasło" required>
        <Input.Password autoFocus autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label="Nowe hasło" required extra={PASSWORD_HINT}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="newPasswordRepeat" label="Powtórz nowe hasło" required>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {/* Enter in the last field changes the password, as in every such form. */}
      <button type="submit" hidden aria-hidden tabIndex={-1} />
    </Form>
  );
}

/**
 * After the administrator set or reset the password: nothing else works until the person
 * chooses their own (the core refuses every other call).
 */
export function ForcedPasswordChangeScreen() {
  const { session } = useStores();
  const name = useFeature('session', (s) => s.session?.user?.name ?? '');
  const toast = useToast();
  const change = useChangePassword(() => toast.success('Hasło zostało zmienione.'));
  return (
    <Flex vertical gap="large" className="auth-screen">
      <ScreenTitle>Zmiana hasła</ScreenTitle>
      <Alert
        type="info"
        showIcon
        title={`${name}, ustal własne hasło`}
        description="Administrator nadał Ci hasło tymczasowe. Zanim zaczniesz pracę, zmień je na hasło, które znasz tylko Ty."
      />
      <PasswordFields
        form={change.form}
        onValuesChange={change.onValuesChange}
        onSubmit={() => void change.submit()}
      />
      {change.error && <Alert type="error" showIcon title={change.error} />}
      <Flex gap={8} wrap>
        <Button type="primary" loading={change.busy} onClick={() => void change.submit()}>
          Zmień hasło
        </Button>
        <Button onClick={() => void session.getState().logout()}>Wyloguj</Button>
      </Flex>
    </Flex>
  );
}

/** Zmień hasło from the header's menu. */
export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const toast = useToast();
  const change = useChangePassword(() => {
    toast.success('Hasło zostało zmienione.');
    onClose();
  });
  const close = useDiscardGuard(change.dirty, onClose);
  return (
    <Modal
      open
      title="Zmiana hasła"
      okText="Zmień hasło"
      cancelText="Anuluj"
      confirmLoading={change.busy}
      onOk={() => void change.submit()}
      onCancel={close}
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">
        Po zmianie logujesz się i odblokowujesz program nowym hasłem.
      </Typography.Paragraph>
      <PasswordFields
        form={change.form}
        onValuesChange={change.onValuesChange}
        onSubmit={() => void change.submit()}
      />
      {change.error && <Alert type="error" showIcon title={change.error} />}
    </Modal>
  );
}
