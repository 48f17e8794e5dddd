import { useRef } from 'react';
import { Button, Flex, Form, Input, InputNumber, type FormInstance } from 'antd';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { topicsSum } from './course-view';
import './courses.css';

/**
 * The programme typed in place: a row per topic with its hours, added, removed and moved up or
 * down (each button named with the row's number for a screen reader), and under it the running
 * sum against the course's hours — "Suma godzin tematów: 118 h z 120 h — brakuje 2 h" — said
 * politely as it changes.
 */
export function TopicsTable({ form, canSave }: { form: FormInstance; canSave: boolean }) {
  const topics = Form.useWatch('topics', form) as { hours?: unknown }[] | undefined;
  const totalHours = Form.useWatch('totalHours', form) as unknown;
  const sum = topicsSum(topics, totalHours);
  const table = useRef<HTMLTableElement>(null);
  // After "Dodaj temat", the cursor goes to the new row's title (once the row is drawn).
  const focusTitle = (row: number) =>
    window.setTimeout(() =>
      table.current?.querySelector<HTMLInputElement>(`[data-topic-title="${row}"]`)?.focus(),
    );

  return (
    <Form.List name="topics">
      {(fields, { add, remove, move }, { errors }) => (
        <Flex vertical gap={8}>
          <table className="course-rows" ref={table}>
            <caption className="sr-only">Program kursu: tematy zajęć i ich godziny</caption>
            <thead>
              <tr>
                <th scope="col">Lp.</th>
                <th scope="col">Temat zajęć</th>
                <th scope="col">Godziny</th>
                {canSave && <th scope="col">Działania</th>}
              </tr>
            </thead>
            <tbody>
              {fields.map((field, index) => {
                const n = index + 1;
                return (
                  <tr key={field.key}>
                    <td className="course-row-number">{n}.</td>
                    <td style={{ width: '100%' }}>
                      <Form.Item name={[field.name, 'title']}>
                        <Input aria-label={`Temat ${n}`} data-topic-title={index} />
                      </Form.Item>
                    </td>
                    <td>
                      <Form.Item name={[field.name, 'hours']}>
                        <InputNumber
                          aria-label={`Godziny tematu ${n}`}
                          min={1}
                          suffix="h"
                          style={{ width: '7em' }}
                        />
                      </Form.Item>
                    </td>
                    {canSave && (
                      <td>
                        <Flex gap={4}>
                          <Button
                            icon={<ArrowUpOutlined />}
                            aria-label={`Przesuń temat ${n} w górę`}
                            title="W górę"
                            disabled={index === 0}
                            onClick={() => move(index, index - 1)}
                          />
                          <Button
                            icon={<ArrowDownOutlined />}
                            aria-label={`Przesuń temat ${n} w dół`}
                            title="W dół"
                            disabled={index === fields.length - 1}
                            onClick={() => move(index, index + 1)}
                          />
                          <Button
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={`Usuń temat ${n}`}
                            title="Usuń temat"
                            disabled={fields.length === 1}
                            onClick={() => remove(index)}
                          />
                        </Flex>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Form.ErrorList errors={errors} />
          <Flex justify="space-between" align="center" wrap gap={8}>
            {canSave ? (
              <Button
                icon={<PlusOutlined />}
                onClick={() => {
                  add({ title: '', hours: null });
                  focusTitle(fields.length);
                }}
              >
                Dodaj temat
              </Button>
            ) : (
              <span />
            )}
            <span
              className={`course-topics-sum ${sum.matches ? 'is-ok' : 'is-off'}`}
              role="status"
              aria-live="polite"
            >
              {sum.text}
            </span>
          </Flex>
        </Flex>
      )}
    </Form.List>
  );
}
