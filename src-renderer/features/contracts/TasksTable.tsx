import { Button, Form, Input, Select, Table, Typography } from 'antd';
import type { FormListFieldData, TableColumnsType } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  TASK_PARTIES,
  TASK_PARTY_LABELS,
  type TaskParty,
} from '../../../src-main/contract/social-contracts';
import { DateInput } from '../../ui/DateInput';
import { NAMED_PARTIES } from './contract-form';

const PARTY_OPTIONS = TASK_PARTIES.map((value) => ({ value, label: TASK_PARTY_LABELS[value] }));

/** Who does the task; a family member or an institution is also named. */
function PartyCell({ field, n }: { field: FormListFieldData; n: number }) {
  const form = Form.useFormInstance();
  const party = Form.useWatch(['tasks', field.name, 'party'], form) as TaskParty | undefined;
  const named = party !== undefined && (NAMED_PARTIES as readonly string[]).includes(party);
  return (
    <>
      <Form.Item name={[field.name, 'party']} className="cell-item">
        <Select aria-label={`Kto realizuje zadanie ${n}`} options={PARTY_OPTIONS} />
      </Form.Item>
      {named && (
        <Form.Item name={[field.name, 'partyName']} className="cell-item" style={{ marginTop: 6 }}>
          <Input
            aria-label={`Realizujący zadanie ${n}`}
            placeholder={party === 'institution' ? 'Nazwa instytucji, np. PUP' : 'Imię i nazwisko'}
          />
        </Form.Item>
      )}
    </>
  );
}

/**
 * II. Ustalenia — the table of tasks, edited in place: what, who does it, by when, notes.
 * New rows are the person's tasks without a date, the most common case. Column widths are
 * in em (plus the controls' padding), so "Osoba zawierająca kontrakt" and a date still fit
 * at the largest text size; the task's own text takes what is left and wraps.
 */
export function TasksTable() {
  return (
    <Form.List name="tasks">
      {(fields, { add, remove }) => {
        const columns: TableColumnsType<FormListFieldData> = [
          { title: 'Lp.', key: 'n', width: '2.5em', render: (_, __, i) => `${i + 1}.` },
          {
            title: 'Zadanie',
            key: 'description',
            render: (_, field, i) => (
              <Form.Item name={[field.name, 'description']} className="cell-item">
                <Input.TextArea
                  aria-label={`Zadanie ${i + 1}`}
                  autoSize={{ minRows: 1, maxRows: 5 }}
                />
              </Form.Item>
            ),
          },
          {
            title: 'Kto realizuje',
            key: 'party',
            width: 'calc(13em + 64px)',
            render: (_, field, i) => <PartyCell field={field} n={i + 1} />,
          },
          {
            title: 'Termin',
            key: 'dueDate',
            width: 'calc(5.5em + 68px)',
            render: (_, field, i) => (
              <Form.Item name={[field.name, 'dueDate']} className="cell-item">
                <DateInput aria-label={`Termin zadania ${i + 1}`} />
              </Form.Item>
            ),
          },
          {
            title: 'Uwagi',
            key: 'notes',
            width: '15%',
            render: (_, field, i) => (
              <Form.Item name={[field.name, 'notes']} className="cell-item">
                <Input.TextArea
                  aria-label={`Uwagi do zadania ${i + 1}`}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                />
              </Form.Item>
            ),
          },
          {
            title: <span className="sr-only">Usuń</span>,
            key: 'remove',
            width: 56,
            render: (_, field, i) => (
              <Button
                icon={<DeleteOutlined />}
                aria-label={`Usuń zadanie ${i + 1}`}
                title="Usuń zadanie"
                onClick={() => remove(field.name)}
              />
            ),
          },
        ];
        return (
          <div className="tasks-table">
            <Typography.Text strong>Zadania do realizacji</Typography.Text>
            <Table<FormListFieldData>
              size="small"
              rowKey="key"
              columns={columns}
              dataSource={fields}
              pagination={false}
              tableLayout="fixed"
              locale={{
                emptyText: 'Nie dodano jeszcze zadań — kontrakt musi mieć co najmniej jedno.',
              }}
            />
            <Button
              icon={<PlusOutlined />}
              style={{ marginTop: 8 }}
              onClick={() =>
                add({
                  description: '',
                  party: 'person',
                  partyName: null,
                  dueDate: null,
                  notes: null,
                })
              }
            >
              Dodaj zadanie
            </Button>
          </div>
        );
      }}
    </Form.List>
  );
}
