import { useState } from 'react';
import { Button, Form } from 'antd';
import {
  officeSettings,
  type OfficeSettings,
  type OfficeSettingsInput,
} from '../../../src-main/contract/settings';
import { showApiIssues, validateWithSchema } from '../../ui/form-errors';
import { useLeaveGuard } from '../../ui/leave-guard';
import { validateTouched } from '../../ui/live-validation';
import { useToast } from '../../ui/toast';
import { OfficeFields } from './OfficeFields';
import { errorMessage } from '../../api/client';

/** Ośrodek: the office's name and head, printed on every document, and the idle lock. */
export function OfficeForm(props: {
  office: OfficeSettings;
  saving: boolean;
  onSave: (input: OfficeSettingsInput) => Promise<unknown>;
}) {
  const [form] = Form.useForm<OfficeSettingsInput>();
  const toast = useToast();
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty);

  async function submit() {
    const input = validateWithSchema(form, officeSettings, form.getFieldsValue(true));
    if (!input) return;
    try {
      await props.onSave(input);
      setDirty(false);
      toast.success('Zapisano dane ośrodka.');
    } catch (e) {
      if (!showApiIssues(form, e)) toast.error(errorMessage(e));
    }
  }

  return (
    <Form<OfficeSettingsInput>
      form={form}
      layout="vertical"
      initialValues={props.office}
      onValuesChange={() => {
        setDirty(true);
        validateTouched(form, officeSettings, form.getFieldsValue(true));
      }}
      style={{ maxWidth: 760 }}
    >
      <OfficeFields />
      {/* A plain button: Enter in a field must not save the form. */}
      <Button type="primary" htmlType="button" loading={props.saving} onClick={() => void submit()}>
        Zapisz dane ośrodka
      </Button>
    </Form>
  );
}
