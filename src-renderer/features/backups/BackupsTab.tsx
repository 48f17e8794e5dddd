import { useEffect, useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Table, Typography } from 'antd';
import { backupChannels, type BackupCopyInfo } from '../../../src-main/contract/backups';
import { useFeature, useStores } from '../../app/stores';
import { showApiIssues, validateWithSchema } from '../../ui/form-errors';
import { ToneTag } from '../../ui/ToneTag';
import { useToast } from '../../ui/toast';
import { backupWarning, describeCounts, describeSize, describeWhen } from './backup-labels';
import { RestoreDialog } from './RestoreDialog';
import { errorMessage } from '../../api/client';

const configureInput = backupChannels['backups.configure'].input;
type ConfigureValues = { folder: string; password: string; repeat?: string };

/** Ustawienia → Kopie zapasowe: where copies go, the password, copies now and restoring. */
export function BackupsTab() {
  const { backups } = useStores();
  const status = useFeature('backups', (s) => s.status);
  const copies = useFeature('backups', (s) => s.copies);
  const listError = useFeature('backups', (s) => s.listError);
  const creating = useFeature('backups', (s) => s.creating);
  const [form] = Form.useForm<ConfigureValues>();
  const [saving, setSaving] = useState(false);
  const [restoring, setRestoring] = useState<BackupCopyInfo | null>(null);
  const toast = useToast();

  useEffect(() => {
    void backups
      .getState()
      .loadStatus()
      .then(() => backups.getState().loadCopies());
  }, [backups]);

  const firstTime = status !== null && !status.passwordSet;

  async function save() {
    const values = form.getFieldsValue(true) as ConfigureValues;
    const input = validateWithSchema(form, configureInput, {
      folder: values.folder,
      password: values.password,
    });
    if (!input) return;
    if (firstTime && values.repeat !== values.password) {
      form.setFields([{ name: 'repeat', errors: ['Hasła różnią się — wpisz to samo hasło'] }]);
      return;
    }
    setSaving(true);
    try {
      await backups.getState().configure(input);
      form.setFieldsValue({ password: '', repeat: '' });
      toast.success('Zapisano ustawienia kopii zapasowych.');
    } catch (e) {
      if (!showApiIssues(form, e)) toast.error(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  async function createNow() {
    try {
      const copy = await backups.getState().createNow();
      toast.success(`Utworzono i sprawdzono kopię: ${describeCounts(copy.counts)}.`);
    } catch (e) {
      toast.error(errorMessage(e));
    }
  }

  const warning = status && backupWarning(status);

  return (
    <Flex vertical gap="middle" style={{ maxWidth: 960 }}>
      {warning && <Alert type="warning" showIcon title={warning} />}
      {status?.lastError && (
        <Alert type="error" showIcon title={`Ostatnia próba: ${status.lastError}`} />
      )}
      <Card size="small" title="Gdzie i jak">
        <Typography.Paragraph>
          Kopia powstaje sama przy pierwszym uruchomieniu programu każdego dnia i przy jego
          zamknięciu. Program trzyma 7 kopii dziennych, 4 tygodniowe i 12 miesięcznych. Kopie są
          zaszyfrowane hasłem kopii zapasowych — bez niego nikt ich nie odczyta, także ośrodek:
          zapisz je w bezpiecznym miejscu. Program hasła nie przechowuje.
        </Typography.Paragraph>
        <Form<ConfigureValues>
          form={form}
          name="backups"
          layout="vertical"
          initialValues={{ folder: status?.folder ?? '' }}
          key={status?.folder ?? 'none'}
        >
          <Form.Item
            name="folder"
            label="Folder kopii zapasowych"
            required
            extra="Najlepiej inny dysk niż ten z programem: drugi dysk, pendrive albo dysk sieciowy, np. E:\Kopie Aktywatora"
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="password"
            label={
              firstTime
                ? 'Hasło kopii zapasowych (co najmniej 10 znaków)'
                : 'Hasło kopii zapasowych'
            }
            required
            extra={firstTime ? undefined : 'Zmiana folderu wymaga hasła ustalonego wcześniej.'}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {firstTime && (
            <Form.Item name="repeat" label="Powtórz hasło" required>
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          )}
          <Button type="primary" htmlType="button" loading={saving} onClick={() => void save()}>
            Zapisz ustawienia kopii
          </Button>
        </Form>
      </Card>
      <Card
        size="small"
        title="Kopie"
        extra={
          <Button
            type="primary"
            loading={creating}
            disabled={!status?.passwordSet || !status.folder}
            onClick={() => void createNow()}
          >
            {creating ? 'Tworzenie kopii…' : 'Utwórz kopię teraz'}
          </Button>
        }
      >
        {listError && <Alert type="error" showIcon title={listError} />}
        <Table<BackupCopyInfo>
          rowKey="file"
          size="small"
          dataSource={copies}
          pagination={false}
          locale={{ emptyText: 'Brak kopii w tym folderze' }}
          columns={[
            {
              title: 'Utworzona',
              dataIndex: 'createdAt',
              render: (v: string, c) => (c.readable ? describeWhen(v) : c.file),
            },
            { title: 'Rozmiar', dataIndex: 'size', render: (v: number) => describeSize(v) },
            {
              title: 'Zawiera',
              key: 'counts',
              render: (_, c) => (c.readable ? describeCounts(c.counts) : '—'),
            },
            {
              title: 'Stan',
              key: 'state',
              render: (_, c) =>
                c.readable ? (
                  <ToneTag tone="green">Sprawdzona</ToneTag>
                ) : (
                  <ToneTag tone="red">Nieczytelna</ToneTag>
                ),
            },
            {
              title: 'Działania',
              key: 'actions',
              render: (_, c) =>
                c.readable && (
                  <Button size="small" onClick={() => setRestoring(c)}>
                    Przywróć…
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      {restoring && <RestoreDialog copy={restoring} onClose={() => setRestoring(null)} />}
    </Flex>
  );
}
