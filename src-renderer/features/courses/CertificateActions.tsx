import { useState } from 'react';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Radio, Space } from 'antd';
import type { TableColumnsType } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { courseCertificateChannels } from '../../../src-main/contract/course-certificates';
import type { CourseCertificateEntry } from '../../../src-main/contract/course-certificates';
import { RECEIPT_KINDS, RECEIPT_LABELS } from '../../../src-main/domain/courses/course-rules';
import { formatDate } from '../../../src-main/domain/dates';
import { comparePolish } from '../../../src-main/domain/text';
import { errorMessage } from '../../api/client';
import { useStores } from '../../app/stores';
import { useToday } from '../../app/today';
import { useConfirmedWrite } from '../../ui/confirmed-write';
import { DateInput } from '../../ui/DateInput';
import { useDiscardGuard } from '../../ui/discard-guard';
import { validateWithSchema } from '../../ui/form-errors';
import { validateTouched } from '../../ui/live-validation';
import { ToneTag } from '../../ui/ToneTag';
import { useToast } from '../../ui/toast';
import { useCan } from '../accounts/can';
import { PdfPreviewDialog, type PdfSource } from '../contracts/PdfPreviewDialog';
import { certificatePdf, duplicatePdf } from './course-print';

type Entry = CourseCertificateEntry;

/** "Ważne", "Unieważnione 03.12.2026", with the duplicates and the replacement said below. */
export function CertificateStatus({ entry }: { entry: Entry }) {
  const notes = [
    entry.replacesNumber ? `wydane w miejsce nr ${entry.replacesNumber}` : null,
    entry.status === 'revoked' && entry.revokeReason ? `powód: ${entry.revokeReason}` : null,
    entry.replacedByNumber ? `zastąpione nr ${entry.replacedByNumber}` : null,
    ...entry.duplicates.map((d) => `duplikat ${formatDate(d.issuedOn)}`),
  ].filter(Boolean);
  return (
    <Space orientation="vertical" size={2}>
      {entry.status === 'valid' ? (
        <ToneTag tone="green">Ważne</ToneTag>
      ) : (
        <ToneTag tone="red">
          Unieważnione{entry.revokedOn ? ` ${formatDate(entry.revokedOn)}` : ''}
        </ToneTag>
      )}
      {notes.length > 0 && <span>{notes.join('; ')}</span>}
    </Space>
  );
}

/** "05.12.2026, osobiście", or "—" while not confirmed. */
export const receiptText = (e: Entry) =>
  e.receivedOn
    ? `${formatDate(e.receivedOn)}, ${e.receivedHow === 'post' ? 'pocztą' : 'osobiście'}`
    : '—';

/** "12/2026" → 2026 00012, for sorting by year and then number. */
const numberOrder = (number: string) => {
  const m = /^(\d+)\/(\d{4})$/.exec(number);
  return m ? Number(m[2]) * 100_000 + Number(m[1]) : 0;
};

/** The register's columns (the course's list leaves out the course). */
export function certificateColumns(withCourse: boolean): TableColumnsType<Entry> {
  return [
    {
      title: 'Numer',
      dataIndex: 'number',
      className: 'nowrap',
      sorter: (a, b) => numberOrder(a.number) - numberOrder(b.number),
    },
    {
      title: 'Data wydania',
      dataIndex: 'issuedOn',
      className: 'nowrap',
      render: (d: string) => formatDate(d),
      sorter: (a, b) => a.issuedOn.localeCompare(b.issuedOn),
    },
    { title: 'Osoba', dataIndex: 'person', sorter: (a, b) => comparePolish(a.person, b.person) },
    ...(withCourse
      ? [
          {
            title: 'Kurs',
            dataIndex: 'course',
            sorter: (a: Entry, b: Entry) => comparePolish(a.course, b.course),
          },
        ]
      : []),
    { title: 'Kod', dataIndex: 'code', className: 'nowrap' },
    { title: 'Stan', key: 'status', render: (_, e) => <CertificateStatus entry={e} /> },
    { title: 'Odbiór', key: 'receipt', render: (_, e) => receiptText(e) },
  ];
}

/**
 * A certificate's actions: print it again from its frozen data, a duplicate (asked first),
 * revoke it with a reason and perhaps issue the corrected one (asked first), confirm receipt.
 */
export function CertificateActions(props: { entry: Entry; onChanged: () => void }) {
  const { entry, onChanged } = props;
  const { api } = useStores();
  const { modal } = App.useApp();
  const toast = useToast();
  const canManage = useCan('courses.revoke');
  const [pdf, setPdf] = useState<PdfSource | null>(null);
  const [dialog, setDialog] = useState<'revoke' | 'receipt' | null>(null);
  const valid = entry.status === 'valid';

  const askDuplicate = () =>
    modal.confirm({
      title: `Wydać duplikat zaświadczenia nr ${entry.number}?`,
      content: `Duplikat dla: ${entry.person}. Wydruk będzie oznaczony jako DUPLIKAT z dzisiejszą datą i własnym kodem weryfikacyjnym; jego wydanie zostanie odnotowane w rejestrze.`,
      okText: 'Wydaj duplikat',
      cancelText: 'Wróć',
      onOk: async () => {
        try {
          const printable = await api.call('courses.duplicate', { id: entry.id });
          toast.success(`Wydano duplikat zaświadczenia nr ${entry.number}`);
          onChanged();
          setPdf(duplicatePdf(printable));
        } catch (e) {
          toast.error(errorMessage(e));
        }
      },
    });

  return (
    <>
      <Space wrap size={4}>
        {canManage && (
          <Button
            size="small"
            icon={<PrinterOutlined />}
            aria-label={`Drukuj ponownie zaświadczenie nr ${entry.number}`}
            onClick={() => setPdf(certificatePdf(api, entry))}
          >
            Drukuj
          </Button>
        )}
        {canManage && valid && (
          <>
            <Button
              size="small"
              aria-label={`Duplikat zaświadczenia nr ${entry.number}`}
              onClick={askDuplicate}
            >
              Duplikat
            </Button>
            {!entry.receivedOn && (
              <Button
                size="small"
                aria-label={`Potwierdź odbiór zaświadczenia nr ${entry.number}`}
                onClick={() => setDialog('receipt')}
              >
                Odbiór
              </Button>
            )}
            <Button
              size="small"
              danger
              aria-label={`Unieważnij zaświadczenie nr ${entry.number}`}
              onClick={() => setDialog('revoke')}
            >
              Unieważnij
            </Button>
          </>
        )}
      </Space>
      {pdf && <PdfPreviewDialog source={pdf} onClose={() => setPdf(null)} />}
      {dialog === 'revoke' && (
        <RevokeDialog
          entry={entry}
          onClose={() => setDialog(null)}
          onDone={(replacement) => {
            onChanged();
            if (replacement) setPdf(certificatePdf(api, replacement));
          }}
        />
      )}
      {dialog === 'receipt' && (
        <ReceiptDialog entry={entry} onClose={() => setDialog(null)} onDone={onChanged} />
      )}
    </>
  );
}

const revokeSchema = courseCertificateChannels['courses.revoke'].input;

function RevokeDialog(props: {
  entry: Entry;
  onClose: () => void;
  onDone: (replacement: Entry | null) => void;
}) {
  const { entry, onClose, onDone } = props;
  const { api } = useStores();
  const [form] = Form.useForm();
  const [dirty, setDirty] = useState(false);
  const close = useDiscardGuard(dirty, onClose);
  const write = useConfirmedWrite(form, onClose);
  const values = () => ({ ...form.getFieldsValue(true), id: entry.id });

  const submit = () =>
    write.submit({
      schema: revokeSchema,
      values: values(),
      ask: (input) => ({
        title: `Unieważnić zaświadczenie nr ${entry.number}?`,
        content: input.reissue
          ? `Zaświadczenie osoby ${entry.person} zostanie unieważnione, a w jego miejsce wydane poprawione — pod nowym numerem, z obecnymi danymi kursu i osoby.`
          : `Zaświadczenie osoby ${entry.person} zostanie unieważnione. Tego nie da się cofnąć.`,
        okText: input.reissue ? 'Unieważnij i wydaj poprawione' : 'Unieważnij',
        danger: true,
      }),
      write: (input) => api.call('courses.revoke', input),
      done: (r) =>
        r.replacement
          ? `Unieważniono nr ${entry.number}; wydano nr ${r.replacement.number}`
          : `Unieważniono zaświadczenie nr ${entry.number}`,
      then: (r) => onDone(r.replacement),
    });

  return (
    <Modal
      open
      width={600}
      title={`Unieważnienie zaświadczenia nr ${entry.number}`}
      okText="Unieważnij…"
      okButtonProps={{ danger: true }}
      cancelText="Anuluj"
      confirmLoading={write.saving}
      onOk={submit}
      onCancel={close}
      mask={{ closable: false }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ reason: '', reissue: true }}
        onValuesChange={() => {
          setDirty(true);
          validateTouched(form, revokeSchema, values());
        }}
      >
        <Form.Item name="reason" label="Powód unieważnienia" required>
          <Input autoFocus placeholder="np. błąd w nazwisku" maxLength={300} />
        </Form.Item>
        <Form.Item name="reissue" valuePropName="checked">
          <Checkbox>Wydaj poprawione zaświadczenie pod nowym numerem</Checkbox>
        </Form.Item>
      </Form>
      {write.error && <Alert type="error" showIcon title={write.error} />}
    </Modal>
  );
}

const receiptSchema = courseCertificateChannels['courses.confirmReceipt'].input;

function ReceiptDialog(props: { entry: Entry; onClose: () => void; onDone: () => void }) {
  const { entry, onClose, onDone } = props;
  const { api } = useStores();
  const toast = useToast();
  const today = useToday();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const values = () => ({ ...form.getFieldsValue(true), id: entry.id });

  async function save() {
    const input = validateWithSchema(form, receiptSchema, values());
    if (!input) return;
    if (input.receivedOn > today) {
      form.setFields([{ name: 'receivedOn', errors: ['Data odbioru nie może być z przyszłości'] }]);
      return;
    }
    setSaving(true);
    try {
      await api.call('courses.confirmReceipt', input);
      toast.success(`Potwierdzono odbiór zaświadczenia nr ${entry.number}`);
      onDone();
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      width={520}
      title={`Odbiór zaświadczenia nr ${entry.number}`}
      okText="Zapisz odbiór"
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
    >
      <p>{entry.person}</p>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ receivedOn: today, how: 'person' }}
        onValuesChange={() => validateTouched(form, receiptSchema, values())}
      >
        <Form.Item name="receivedOn" label="Data odbioru" required>
          <DateInput />
        </Form.Item>
        <Form.Item name="how" label="Sposób odbioru" required>
          <Radio.Group
            options={RECEIPT_KINDS.map((k) => ({ value: k, label: RECEIPT_LABELS[k] }))}
          />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
