import { useState } from 'react';
import { Alert, Checkbox, Descriptions, Form, Input, Modal } from 'antd';
import type { BackupCopyInfo } from '../../../src-main/contract/backups';
import { useStores } from '../../app/stores';
import { showApiIssues } from '../../ui/form-errors';
import { useToast } from '../../ui/toast';
import { describeCounts, describeSize, describeWhen } from './backup-labels';
import { errorMessage } from '../../api/client';

/**
 * Restoring, guided: what the copy holds, the password, an explicit "I understand", then the
 * core sets the current data aside as a file and puts the copy's in their place. The program
 * then reloads on the restored data.
 */
export function RestoreDialog(props: { copy: BackupCopyInfo; onClose: () => void }) {
  const { copy, onClose } = props;
  const { backups } = useStores();
  const [form] = Form.useForm<{ password: string }>();
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const toast = useToast();

  async function restore() {
    const password = (form.getFieldValue('password') as string | undefined) ?? '';
    if (!password) {
      form.setFields([{ name: 'password', errors: ['Podaj hasło kopii zapasowych'] }]);
      return;
    }
    setBusy(true);
    try {
      const result = await backups.getState().restore(copy.file, password);
      toast.success(
        `Przywrócono dane z kopii. Poprzednie dane odłożono do pliku ${result.setAside}.`,
      );
      // Every screen's data came from the database that was just replaced: start afresh.
      window.setTimeout(() => window.location.reload(), 1500);
    } catch (e) {
      if (!showApiIssues(form, e)) toast.error(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title="Przywracanie danych z kopii zapasowej"
      okText="Przywróć dane z tej kopii"
      cancelText="Anuluj"
      okButtonProps={{ danger: true, disabled: !understood, loading: busy }}
      onOk={() => void restore()}
      onCancel={onClose}
      maskClosable={false}
      width={640}
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'when', label: 'Kopia z', children: describeWhen(copy.createdAt) },
          { key: 'what', label: 'Zawiera', children: describeCounts(copy.counts) },
          { key: 'size', label: 'Rozmiar', children: describeSize(copy.size) },
        ]}
      />
      <Alert
        style={{ marginBlock: 16 }}
        type="warning"
        showIcon
        title="Dane wprowadzone po utworzeniu tej kopii znikną z programu."
        description="Obecne dane zostaną najpierw zapisane w osobnym pliku obok pliku bazy (nic nie zostanie usunięte), a przywrócenie zostanie odnotowane w dzienniku zdarzeń."
      />
      <Form form={form} name="restore" layout="vertical">
        <Form.Item name="password" label="Hasło kopii zapasowych" required>
          <Input.Password autoComplete="off" />
        </Form.Item>
      </Form>
      <Checkbox checked={understood} onChange={(e) => setUnderstood(e.target.checked)}>
        Rozumiem, że dane wprowadzone po {describeWhen(copy.createdAt)} znikną z programu
      </Checkbox>
    </Modal>
  );
}
