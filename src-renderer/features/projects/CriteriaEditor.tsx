import type { ReactNode } from 'react';
import {
  Button,
  Card,
  Dropdown,
  type FormItemProps,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Typography,
} from 'antd';
import { DeleteOutlined, DownOutlined, PlusOutlined } from '@ant-design/icons';
import { eligibilityCriterion } from '../../../src-main/contract/projects';
import { EDUCATION_LABELS, EDUCATION_LEVELS } from '../../../src-main/domain/education';
import { describeCriterion, type EligibilityCriterion } from '../../../src-main/domain/eligibility';
import { EXCLUSION_REASON_LABELS, EXCLUSION_REASONS } from '../../../src-main/domain/exclusion';

type Kind = EligibilityCriterion['kind'];

/** A criterion's input with its label on the left, so a criterion takes one line. */
const CriterionField = (props: FormItemProps) => (
  <Form.Item layout="horizontal" required style={{ marginBottom: 0 }} {...props} />
);

const numberInput = (max: number) => (
  <InputNumber min={0} max={max} precision={0} style={{ width: 140 }} />
);

/**
 * The catalogue of criteria (kryteria rekrutacji): the name offered in "Dodaj kryterium",
 * the values a new criterion starts with, and the inputs of its row.
 */
const CATALOGUE: Record<
  Kind,
  { title: string; initial: EligibilityCriterion; fields: (row: number) => ReactNode }
> = {
  minAge: {
    title: 'Wiek minimalny',
    initial: { kind: 'minAge', years: 18 },
    fields: (row) => (
      <CriterionField name={[row, 'years']} label="Minimalny wiek (lata)">
        {numberInput(120)}
      </CriterionField>
    ),
  },
  maxAge: {
    title: 'Wiek maksymalny',
    initial: { kind: 'maxAge', years: 64 },
    fields: (row) => (
      <CriterionField name={[row, 'years']} label="Maksymalny wiek (lata)">
        {numberInput(120)}
      </CriterionField>
    ),
  },
  registeredUnemployedMonths: {
    title: 'Okres rejestracji w PUP',
    initial: { kind: 'registeredUnemployedMonths', months: 12 },
    fields: (row) => (
      <CriterionField
        name={[row, 'months']}
        label="Rejestracja w PUP jako osoba bezrobotna co najmniej (miesiące)"
      >
        {numberInput(600)}
      </CriterionField>
    ),
  },
  maxEducation: {
    title: 'Wykształcenie najwyżej',
    initial: { kind: 'maxEducation', level: 'isced3' },
    fields: (row) => (
      <CriterionField name={[row, 'level']} label="Wykształcenie najwyżej">
        <Select
          style={{ minWidth: 320 }}
          options={EDUCATION_LEVELS.map((value) => ({ value, label: EDUCATION_LABELS[value] }))}
        />
      </CriterionField>
    ),
  },
  officeClientMonths: {
    title: 'Okres korzystania z pomocy ośrodka',
    initial: { kind: 'officeClientMonths', months: 12 },
    fields: (row) => (
      <CriterionField name={[row, 'months']} label="Klient ośrodka co najmniej (miesiące)">
        {numberInput(600)}
      </CriterionField>
    ),
  },
  exclusionReasonAmong: {
    title: 'Przesłanka wykluczenia społecznego',
    initial: { kind: 'exclusionReasonAmong', reasons: [] },
    fields: (row) => (
      <CriterionField name={[row, 'reasons']} label="Co najmniej jedna z przesłanek">
        <Select
          mode="multiple"
          style={{ minWidth: 'min(360px, 100%)' }}
          placeholder="Wybierz przesłanki"
          options={EXCLUSION_REASONS.map((value) => ({
            value,
            label: EXCLUSION_REASON_LABELS[value],
          }))}
        />
      </CriterionField>
    ),
  },
  residenceInCommune: {
    title: 'Zamieszkanie w gminie',
    initial: { kind: 'residenceInCommune', commune: '' },
    fields: (row) => (
      <CriterionField name={[row, 'commune']} label="Gmina zamieszkania">
        <Input placeholder="np. Siewierz" style={{ width: 240 }} />
      </CriterionField>
    ),
  },
};

const KINDS = Object.keys(CATALOGUE) as Kind[];

/** One criterion in one line: its inputs, what it means in words, and a remove button. */
function CriterionRow({ row, onRemove }: { row: number; onRemove: () => void }) {
  const value = Form.useWatch(['criteria', row], { preserve: true }) as
    EligibilityCriterion | undefined;
  if (!value) return null;
  const entry = CATALOGUE[value.kind];
  const parsed = eligibilityCriterion.safeParse(value);
  return (
    <Flex role="group" aria-label={entry.title} gap="middle" align="center" wrap style={ROW_STYLE}>
      <div style={{ flex: '0 1 auto', minWidth: 0, maxWidth: '100%' }}>{entry.fields(row)}</div>
      {/* On a narrow window the meaning moves under the inputs instead of being squeezed. */}
      <Typography.Text
        type={parsed.success ? undefined : 'secondary'}
        role="note"
        style={{ flex: '1 1 16em' }}
      >
        {parsed.success ? `→ ${describeCriterion(parsed.data)}` : 'Uzupełnij wartość kryterium'}
      </Typography.Text>
      <Button
        style={{ flex: 'none' }}
        icon={<DeleteOutlined />}
        onClick={onRemove}
        aria-label={`Usuń kryterium: ${entry.title}`}
      >
        Usuń
      </Button>
    </Flex>
  );
}

const ROW_STYLE = { padding: '8px 12px', border: '1px solid rgba(5, 5, 5, 0.12)', borderRadius: 6 };

/** Kryteria kwalifikacji: chosen from the catalogue, each kind at most once. */
export function CriteriaEditor() {
  const criteria = (Form.useWatch('criteria', { preserve: true }) ?? []) as EligibilityCriterion[];
  const used = new Set(criteria.map((c) => c?.kind));
  return (
    <Card title="Kryteria kwalifikacji" size="small">
      <Form.List name="criteria">
        {(fields, { add, remove }) => (
          <Flex vertical gap="small">
            {fields.length === 0 && (
              <Typography.Text type="secondary">
                Bez kryteriów każda zgłoszona osoba spełnia warunki udziału.
              </Typography.Text>
            )}
            {fields.map((field) => (
              <CriterionRow key={field.key} row={field.name} onRemove={() => remove(field.name)} />
            ))}
            <Dropdown
              trigger={['click']}
              menu={{
                items: KINDS.map((kind) => ({
                  key: kind,
                  label: CATALOGUE[kind].title,
                  disabled: used.has(kind),
                })),
                onClick: ({ key }) => add(structuredClone(CATALOGUE[key as Kind].initial)),
              }}
            >
              <Button icon={<PlusOutlined />} style={{ alignSelf: 'flex-start' }}>
                Dodaj kryterium <DownOutlined />
              </Button>
            </Dropdown>
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}
