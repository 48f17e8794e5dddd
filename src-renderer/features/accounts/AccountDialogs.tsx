import { useState } from 'react';
import { Alert, Button, Checkbox, Flex, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { contract, type ChannelInput } from '../../../src-main/contract';
import type { AccountSummary } from '../../../src-main/contract/accounts';
import {
  PARTICIPANT_SCOPES,
  type ParticipantScope,
  type Role,
} from '../../../src-main/contract/permissions';
import { STAFF_ROLE_LABELS, STAFF_ROLES } from '../../../src-main/contract/staff';
import { useDiscardGuard } from '../../ui/discard-guard';
import { showApiIssues, validateWithSchema } from '../../ui/form-errors';
import { validateTouched } from '../../ui/live-validation';
import { useToast } from '../../ui/toast';
import { PASSWORD_HINT } from './account-labels';
import { formSchema } from './form-schema';
import { temporaryPassword } from './temporary-password';
import { errorMessage } from '../../api/client';

const ROLE_OPTIONS = STAFF_ROLES.map((value) => ({ value, label: STAFF_ROLE_LABELS[value] }));
const SCOPE_HELP: Record<ParticipantScope, string> = {
  assigned: 'tylko przypisani — pracownik socjalny widzi osoby, których jest opiekunem',
  all: 'wszyscy uczestnicy — np. w zastępstwie za innego pracownika',
};

interface AccountValues {
  login?: string;
  password?: string;
  roles?: Role[];
  participantScope?: ParticipantScope;
}

const fullName = (a: AccountSummary) => `${a.firstName} ${a.lastName}`;

/**
 * Utwórz konto (a staff member without one: login, a temporary password, roles, scope) or
 * Zmień role (login, roles, scope of an existing account).
 */
export function AccountDialog(props: {
  account: AccountSummary;
  /** The staff member's function, as the first guess of their role. */
  suggestedRole?: Role;
  saving: boolean;
  onCreate: (input: ChannelInput<'accounts.create'>) => Promise<unknown>;
  onUpdate: (input: ChannelInput<'accounts.update'>) => Promise<unknown>;
  onClose: () => void;
}) {
  const { account, saving, onClose } = props;
  const creating = account.login === null;
  const [form] = Form.useForm<AccountValues>();
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const close = useDiscardGuard(dirty, onClose);
  const toast = useToast();
  const schema = creating ? createSchema(account.staffId) : updateSchema(account.staffId);

  async function submit() {
    setError(null);
    const input = validateWithSchema(form, schema, form.getFieldsValue(true));
    if (!input) return;
    try {
      if (creating) await props.onCreate(input as ChannelInput<'accounts.create'>);
      else await props.onUpdate(input);
      toast.success(
        creating
          ? `Utworzono konto: ${fullName(account)}.`
          : `Zapisano role: ${fullName(account)}.`,
      );
      onClose();
    } catch (e) {
      if (!showApiIssues(form, e)) setError(errorMessage(e));
    }
  }

  return (
    <Modal
      open
      title={creating ? `Nowe konto: ${fullName(account)}` : `Role i login: ${fullName(account)}`}
      okText={creating ? 'Utwórz konto' : 'Zapisz'}
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={close}
      mask={{ closable: false }}
    >
      <Form<AccountValues>
        form={form}
        layout="vertical"
        initialValues={
          creating
            ? {
                roles: props.suggestedRole ? [props.suggestedRole] : [],
                participantScope: 'assigned',
                password: temporaryPassword(),
              }
            : {
                login: account.login ?? '',
                roles: account.roles,
                participantScope: account.participantScope,
              }
        }
        onValuesChange={() => {
          setDirty(true);
          validateTouched(form, schema, form.getFieldsValue(true));
        }}
      >
        <Form.Item
          name="login"
          label="Login"
          required
          extra="Litery, cyfry, kropka, myślnik lub podkreślenie, np. a.kowalska"
        >
          <Input autoFocus spellCheck={false} autoCapitalize="off" autoComplete="off" />
        </Form.Item>
        {creating && <TemporaryPasswordField />}
        {/* Not `required`: antd would put aria-required on the group's div, which has no such state. */}
        <Form.Item name="roles" label="Role">
          <Checkbox.Group
            options={ROLE_OPTIONS}
            className="vertical-checkboxes"
            role="group"
            aria-label="Role"
          />
        </Form.Item>
        <Form.Item name="participantScope" label="Zakres (pracownik socjalny)" required>
          <Radio.Group>
            <Space direction="vertical">
              {PARTICIPANT_SCOPES.map((scope) => (
                <Radio key={scope} value={scope}>
                  {SCOPE_HELP[scope]}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}

const createSchema = (staffId: number) =>
  formSchema<AccountValues, (typeof contract)['accounts.create']['input']>(
    contract['accounts.create'].input,
    (v) => ({ ...v, staffId }),
  );
const updateSchema = (staffId: number) =>
  formSchema<AccountValues, (typeof contract)['accounts.update']['input']>(
    contract['accounts.update'].input,
    ({ login, roles, participantScope }) => ({ staffId, login, roles, participantScope }),
  );

/** The temporary password, drawn at random and shown, to hand to the person. */
function TemporaryPasswordField() {
  const form = Form.useFormInstance<AccountValues>();
  return (
    <Form.Item
      label="Hasło tymczasowe"
      required
      extra={`Przekaż je tej osobie; przy pierwszym logowaniu ustali własne. ${PASSWORD_HINT}`}
    >
      <Flex gap={8}>
        <Form.Item name="password" noStyle>
          <Input aria-label="Hasło tymczasowe" spellCheck={false} autoComplete="off" />
        </Form.Item>
        <Button
          onClick={() => {
            form.setFieldValue('password', temporaryPassword());
            form.setFields([{ name: 'password', errors: [] }]);
          }}
        >
          Wylosuj inne
        </Button>
      </Flex>
    </Form.Item>
  );
}

const resetSchema = (staffId: number) =>
  formSchema<{ password?: string }, (typeof contract)['accounts.resetPassword']['input']>(
    contract['accounts.resetPassword'].input,
    ({ password }) => ({ staffId, password }),
  );

/** Resetuj hasło: a new temporary password; the person must change it at the next sign-in. */
export function ResetPasswordDialog(props: {
  account: AccountSummary;
  saving: boolean;
  onReset: (input: { staffId: number; password: string }) => Promise<unknown>;
  onClose: () => void;
}) {
  const { account, saving, onClose } = props;
  const [form] = Form.useForm<{ password?: string }>();
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const schema = resetSchema(account.staffId);

  async function submit() {
    setError(null);
    const input = validateWithSchema(form, schema, form.getFieldsValue(true));
    if (!input) return;
    try {
      await props.onReset(input);
      toast.success(`Nadano hasło tymczasowe: ${fullName(account)}.`);
      onClose();
    } catch (e) {
      if (!showApiIssues(form, e)) setError(errorMessage(e));
    }
  }

  return (
    <Modal
      open
      title={`Reset hasła: ${fullName(account)}`}
      okText="Resetuj hasło"
      okButtonProps={{ danger: true }}
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Typography.Paragraph>
        Dotychczasowe hasło przestanie działać. Przy następnym logowaniu{' '}
        <strong>{fullName(account)}</strong> ({account.login}) musi ustalić własne hasło — zanim to
        zrobi, nie może pracować w programie.
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ password: temporaryPassword() }}
        onValuesChange={() => validateTouched(form, schema, form.getFieldsValue(true))}
      >
        <TemporaryPasswordField />
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
