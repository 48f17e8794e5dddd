import { Alert, Form, Modal, Typography } from 'antd';
import type { SocialContract } from '../../../src-main/contract/social-contracts';
import { isoDate } from '../../../src-main/contract/common';
import { formatDate } from '../../../src-main/domain/dates';
import { useToday } from '../../app/today';
import { z } from 'zod';
import { useFeature, useStores } from '../../app/stores';
import { DateInput } from '../../ui/DateInput';
import { validateWithSchema } from '../../ui/form-errors';
import { useConfirmedWrite } from '../../ui/confirmed-write';

const signForm = z.object({ signedOn: isoDate });

/**
 * Podpisz (zawrzyj) kontrakt: the contract gets the next number of the register and its
 * text is frozen. The core refuses (with its Polish reason) a path against the EFS rule.
 */
export function SignDialog({
  contract,
  onClose,
}: {
  contract: SocialContract;
  onClose: () => void;
}) {
  const { contracts } = useStores();
  const saving = useFeature('contracts', (s) => s.saving);
  const today = useToday();
  const [form] = Form.useForm<{ signedOn: string | null }>();
  const { error, setError, confirm } = useConfirmedWrite(form, onClose);

  function submit() {
    setError(null);
    const input = validateWithSchema(form, signForm, form.getFieldsValue(true));
    if (!input) return;
    confirm({
      title: 'Zawrzeć kontrakt?',
      content: `Kontrakt otrzyma numer z rejestru i datę podpisania ${formatDate(input.signedOn)}. Jego treści nie będzie można już zmienić — tylko aneksem.`,
      okText: 'Zawrzyj kontrakt',
      write: () => contracts.getState().sign(contract.id, input.signedOn),
      done: (signed: SocialContract) => `Zawarto kontrakt nr ${signed.number}.`,
    });
  }

  return (
    <Modal
      open
      title="Podpisanie (zawarcie) kontraktu"
      okText="Podpisz kontrakt"
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={submit}
      onCancel={onClose}
    >
      <Typography.Paragraph>
        Wydrukuj kontrakt (przycisk „Podgląd”), podpiszcie go obie strony, a następnie wpisz datę
        podpisania. Kontrakt zawarto {formatDate(contract.content.concludedOn)} w miejscowości{' '}
        {contract.content.concludedPlace}.
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
      <Form form={form} layout="vertical" initialValues={{ signedOn: today }}>
        <Form.Item name="signedOn" label="Data podpisania" required>
          <DateInput />
        </Form.Item>
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
