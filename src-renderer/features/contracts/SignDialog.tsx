import { Alert, Form, Modal, Typography } from 'antd';
import { contract as api } from '../../../src-main/contract';
import type { SocialContract } from '../../../src-main/contract/social-contracts';
import { formatDate } from '../../../src-main/domain/dates';
import { useToday } from '../../app/today';
import { useFeature, useStores } from '../../app/stores';
import { DateInput } from '../../ui/DateInput';
import { validateTouched } from '../../ui/live-validation';
import { useConfirmedWrite, withRules } from '../../ui/confirmed-write';
import { signingIssues } from './contract-checks';
import { acknowledgeIssues, ACKNOWLEDGED, PrintWarnings, usePrintWarnings } from './PrintWarnings';

interface SignValues {
  signedOn?: string | null;
  [ACKNOWLEDGED]?: boolean;
}

/**
 * Zawrzyj i drukuj: the contract gets the next number of the register, its text is frozen
 * and the numbered document opens at once, to be printed and signed. The core refuses
 * (with its Polish reason, and drawing no number) a path against the EFS rule.
 */
export function SignDialog({
  contract,
  onClose,
  onSigned,
}: {
  contract: SocialContract;
  onClose: () => void;
  /** The contract is in force: show its numbered document for signature. */
  onSigned: (signed: SocialContract) => void;
}) {
  const { contracts } = useStores();
  const saving = useFeature('contracts', (s) => s.saving);
  const today = useToday();
  const [form] = Form.useForm<SignValues>();
  const { error, submit } = useConfirmedWrite(form, onClose);
  const { ready, warnings } = usePrintWarnings(contract.projectId, contract.content);
  const schema = withRules(api['contracts.sign'].input, (v) => [
    ...signingIssues(v.signedOn, contract, today),
    ...acknowledgeIssues(warnings, form.getFieldValue(ACKNOWLEDGED)),
  ]);
  const toInput = (v: SignValues) => ({ id: contract.id, signedOn: v.signedOn });

  function sign() {
    submit({
      schema,
      values: toInput(form.getFieldsValue(true)),
      ask: (input) => ({
        title: 'Zawrzeć kontrakt?',
        content: `Kontrakt otrzyma numer z rejestru i datę podpisania ${formatDate(input.signedOn)}, a potem otworzy się do wydruku — obie strony podpisują egzemplarz z numerem. Treści nie będzie można już zmienić — tylko aneksem.`,
        okText: 'Zawrzyj i drukuj',
      }),
      write: (input) => contracts.getState().sign(input.id, input.signedOn),
      done: (signed) => `Zawarto kontrakt nr ${signed.number}.`,
      then: onSigned,
    });
  }

  return (
    <Modal
      open
      title="Podpisanie (zawarcie) kontraktu"
      okText="Zawrzyj i drukuj"
      cancelText="Anuluj"
      okButtonProps={{ disabled: !ready }}
      confirmLoading={saving}
      onOk={sign}
      onCancel={onClose}
    >
      <Typography.Paragraph>
        Kontrakt zawarto {formatDate(contract.content.concludedOn)} w miejscowości{' '}
        {contract.content.concludedPlace}. Po zawarciu otrzyma numer z rejestru i od razu otworzy
        się do wydruku z tym numerem — ten egzemplarz podpisują obie strony.
      </Typography.Paragraph>
      {contract.rule.applies && !contract.rule.satisfied && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Ścieżka reintegracji nie spełnia zasad EFS"
          description={contract.rule.problems.join(' ')}
        />
      )}
      <Form<SignValues>
        form={form}
        layout="vertical"
        initialValues={{ signedOn: today }}
        onValuesChange={() => validateTouched(form, schema, toInput(form.getFieldsValue(true)))}
      >
        <Form.Item name="signedOn" label="Data podpisania" required>
          <DateInput />
        </Form.Item>
        <PrintWarnings warnings={warnings} />
      </Form>
      {error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title="Nie zawarto kontraktu"
          description={error}
        />
      )}
    </Modal>
  );
}
