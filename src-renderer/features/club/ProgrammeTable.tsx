import { useState, type ReactNode } from 'react';
import { Alert, Button, Flex, Form, Modal, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import type { z } from 'zod';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useFeature } from '../../app/stores';
import { useClubDialog, useConfirmDelete } from './club-form';

/** A row of the edition's programme: a module, a group, a trainer, a room. */
type ProgrammeRow = { id: number; name: string };

/** How the buttons, questions, toasts and dialog titles name one row. */
export type RowNoun = {
  /** "Dodaj grupę", "Edytuj grupę: …", "Usunięto grupę: …", "Zapisano grupę: …". */
  accusative: string;
  /** The edit dialog's title before the row's name: "Grupa: …". */
  nominative: string;
  /** The add dialog's title: "Nowa grupa". */
  fresh: string;
};

/** The add/edit dialog: the tab's fields, and how their values become the store's save call. */
export type RowDialog<T extends ProgrammeRow, S extends z.ZodType> = {
  width: number;
  schema: S;
  /** The form's values as the channel's input; the edition's and the row's ids are added. */
  toInput?: (values: Record<string, unknown>) => Record<string, unknown>;
  save: (input: z.output<S>) => Promise<unknown>;
  initialValues: (row: T | null) => Record<string, unknown>;
  /** The fields inside the dialog's form (null: adding). */
  fields: (row: T | null) => ReactNode;
};

/**
 * One tab of the club's edition: a table of rows with edit/delete buttons for those who may
 * save, the question before deleting, and the add/edit dialog.
 */
export function ProgrammeTable<T extends ProgrammeRow, S extends z.ZodType>(props: {
  editionId: number;
  canSave: boolean;
  noun: RowNoun;
  rows: T[];
  /** Without the actions column: the table adds it. */
  columns: TableColumnsType<T>;
  emptyText: string;
  /** Deleting a row: what goes with it (said in the question), and the store's call. */
  remove: { consequence: string; call: (id: number) => Promise<void> };
  dialog: RowDialog<T, S>;
  /**
   * Buttons before edit/delete that readers get too: the actions column is then always there,
   * and it wraps, as a labelled button is wider than the icons.
   */
  extraActions?: (row: T) => ReactNode;
  /** Between the add button and the table (a warning about the rows, say). */
  notice?: ReactNode;
  /** The table's summary rows, told how many columns the table has with the actions. */
  summary?: (columnCount: number) => ReactNode;
  /** Other dialogs the extra actions open. */
  children?: ReactNode;
}) {
  const { canSave, noun, remove, extraActions, summary } = props;
  const [open, setOpen] = useState<T | 'new' | null>(null);
  const confirmDelete = useConfirmDelete();

  const columns: TableColumnsType<T> = [...props.columns];
  if (canSave || extraActions)
    columns.push({
      title: 'Działania',
      key: 'actions',
      render: (_, row) => (
        <Flex gap={4} wrap={extraActions !== undefined}>
          {extraActions?.(row)}
          {canSave && (
            <>
              <Button
                size="small"
                icon={<EditOutlined />}
                aria-label={`Edytuj ${noun.accusative}: ${row.name}`}
                title="Edytuj"
                onClick={() => setOpen(row)}
              />
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={`Usuń ${noun.accusative}: ${row.name}`}
                title="Usuń"
                onClick={() =>
                  confirmDelete({
                    title: `Usunąć ${noun.accusative} „${row.name}”?`,
                    content: remove.consequence,
                    done: `Usunięto ${noun.accusative}: ${row.name}`,
                    remove: () => remove.call(row.id),
                  })
                }
              />
            </>
          )}
        </Flex>
      ),
    });

  return (
    <Flex vertical gap="middle">
      {canSave && (
        <div>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen('new')}>
            {`Dodaj ${noun.accusative}`}
          </Button>
        </div>
      )}
      {props.notice}
      <Table<T>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={props.rows}
        pagination={false}
        locale={{ emptyText: props.emptyText }}
        summary={summary && (() => summary(columns.length))}
      />
      {open && (
        <ProgrammeRowDialog
          {...props.dialog}
          editionId={props.editionId}
          noun={noun}
          row={open === 'new' ? null : open}
          onClose={() => setOpen(null)}
        />
      )}
      {props.children}
    </Flex>
  );
}

function ProgrammeRowDialog<T extends ProgrammeRow, S extends z.ZodType>(
  props: RowDialog<T, S> & {
    editionId: number;
    noun: RowNoun;
    row: T | null;
    onClose: () => void;
  },
) {
  const { noun, row, toInput = (v) => v } = props;
  const saving = useFeature('club', (s) => s.saving);
  const dialog = useClubDialog({
    schema: props.schema,
    toInput: (v) => ({
      ...toInput(v),
      editionId: props.editionId,
      ...(row ? { id: row.id } : {}),
    }),
    save: props.save,
    done: row ? `Zapisano ${noun.accusative}: ${row.name}` : `Dodano ${noun.accusative}`,
    onClose: props.onClose,
  });

  return (
    <Modal
      open
      width={props.width}
      title={row ? `${noun.nominative}: ${row.name}` : noun.fresh}
      okText="Zapisz"
      cancelText="Anuluj"
      confirmLoading={saving}
      onOk={dialog.submit}
      onCancel={dialog.close}
      mask={{ closable: false }}
    >
      <Form
        form={dialog.form}
        layout="vertical"
        initialValues={props.initialValues(row)}
        onValuesChange={dialog.onValuesChange}
      >
        {props.fields(row)}
      </Form>
      {dialog.error && <Alert type="error" showIcon title={dialog.error} />}
    </Modal>
  );
}
