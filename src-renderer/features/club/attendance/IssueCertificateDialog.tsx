import { Form, Modal, Radio, Typography } from 'antd';
import { contract } from '../../../../src-main/contract';
import { useStores } from '../../../app/stores';
import { useConfirmedWrite } from '../../../ui/confirmed-write';
import { FailureAlert } from '../../../ui/FailureAlert';
import type { PersonRef } from './HoursSection';

interface Values {
  identifyBy?: 'birthDate' | 'pesel';
}

/**
 * "Wydaj zaświadczenie" (art. 18 ust. 5a ustawy o zatrudnieniu socjalnym): the office chooses
 * whether the person is named with the date of birth or the PESEL. Issuing draws the next
 * number of the register and cannot be undone — asked first; the certificate then opens in
 * the preview to print.
 */
export function IssueCertificateDialog(props: {
  editionId: number;
  person: PersonRef;
  onClose(): void;
  onIssued(certificate: { documentId: number; number: string }): void;
}) {
  const { editionId, person, onClose, onIssued } = props;
  const { api } = useStores();
  const [form] = Form.useForm<Values>();
  const { error, saving, submit } = useConfirmedWrite(form, onClose);
  const schema = contract['club.issueCertificate'].input;

  const issue = () =>
    submit({
      schema,
      values: {
        editionId,
        participantId: person.participantId,
        identifyBy: form.getFieldValue('identifyBy') as Values['identifyBy'],
      },
      ask: () => ({
        title: `Wydać zaświadczenie: ${person.name}?`,
        content:
          'Zaświadczenie o uczestnictwie w Klubie Integracji Społecznej dostanie kolejny numer w rejestrze zaświadczeń. Wydanego zaświadczenia nie można cofnąć — można je wydrukować ponownie albo wydać duplikat.',
        okText: 'Wydaj zaświadczenie',
      }),
      write: (input) => api.call('club.issueCertificate', input),
      done: (issued) => `Wydano zaświadczenie nr ${issued.number}`,
      then: onIssued,
    });

  return (
    <Modal
      open
      title={`Zaświadczenie o uczestnictwie — ${person.name}`}
      okText="Wydaj zaświadczenie"
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={issue}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ identifyBy: 'birthDate' }}>
        <Form.Item
          name="identifyBy"
          label="Na zaświadczeniu osobę identyfikuje"
          required
          extra="Drukuje się tylko jedno z nich."
        >
          <Radio.Group>
            <Radio value="birthDate">Data urodzenia</Radio>
            <Radio value="pesel">PESEL</Radio>
          </Radio.Group>
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary">
        Po wydaniu zaświadczenie otworzy się w podglądzie do wydruku.
      </Typography.Paragraph>
      {error && <FailureAlert title="Nie wydano zaświadczenia" description={error} />}
    </Modal>
  );
}
