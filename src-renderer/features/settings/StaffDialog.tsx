import { useState } from 'react';
import { Alert, Col, Form, Input, Modal, Row, Select } from 'antd';
import {
  STAFF_ROLE_LABELS,
  STAFF_ROLES,
  staffFields,
  type StaffInput,
  type StaffMember,
} from '../../../src-main/contract/staff';
import { useDiscardGuard } from '../../ui/discard-guard';
import { showApiIssues, validateWithSchema } from '../../ui/form-errors';
import { validateTouched } from '../../ui/live-validation';
import { errorMessage } from '../../api/client';

/** Adds a staff member (no `member`) or edits one; activity is changed from the table. */
export function StaffDialog(props: {
  member: StaffMember | null;
  saving: boolean;
  onSave: (fields: StaffInput, id?: number) => Promise<unknown>;
  onClose: () => void;
}) {
  const { member, saving, onSave, onClose } = props;
  const [form] = Form.useForm<StaffInput>();
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const close = useDiscardGuard(dirty, onClose);
  const toInput = (v: Partial<StaffInput>) => ({ ...v, active: member?.active ?? true });

  async function submit() {
    setError(null);
    const fields = validateWithSchema(form, staffFields, toInput(form.getFieldsValue(true)));
    if (!fields) return;
    try {
      await onSave(fields, member?.id);
      onClose();
    } catch (e) {
      if (!showApiIssues(form, e)) setError(errorMessage(e));
    }
  }

  return (
    <Modal
      open
      title={member ? `Edycja: ${member.firstName} ${member.lastName}` : 'Nowy pracownik'}
      okText="Zapisz"
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={close}
      mask={{ closable: false }}
    >
      <Form<StaffInput>
        form={form}
        layout="vertical"
        initialValues={member ?? { role: 'socialWorker' }}
        onValuesChange={() => {
          setDirty(true);
          validateTouched(form, staffFields, toInput(form.getFieldsValue(true)));
        }}
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="firstName" label="Imię" required>
              <Input autoFocus />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="lastName" label="Nazwisko" required>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="role" label="Funkcja" required>
          <Select
            options={STAFF_ROLES.map((value) => ({ value, label: STAFF_ROLE_LABELS[value] }))}
          />
        </Form.Item>
        <Form.Item name="phone" label="Telefon">
          <Input placeholder="np. 89 762 11 11" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
