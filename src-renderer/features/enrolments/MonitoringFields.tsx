import { Form, Radio, Select, Typography } from 'antd';
import {
  LABOUR_STATUS_LABELS,
  LABOUR_STATUSES,
  type MonitoringData,
} from '../../../src-main/contract/enrolments';

type SensitiveQuestion = Exclude<keyof MonitoringData, 'labourStatus'>;

/** The EFS participant form's questions (SL2014 / CST2021), in its own wording. */
const QUESTIONS: Record<SensitiveQuestion, string> = {
  disability: 'Osoba z niepełnosprawnościami',
  foreignBackground:
    'Osoba obcego pochodzenia, z państwa trzeciego lub należąca do mniejszości narodowej lub etnicznej',
  homelessness: 'Osoba bezdomna lub dotknięta wykluczeniem z dostępu do mieszkań',
  householdJobless: 'Osoba przebywająca w gospodarstwie domowym bez osób pracujących',
  householdWithChildren: 'W tym: w gospodarstwie domowym z dziećmi pozostającymi na utrzymaniu',
  singleAdultWithChildren:
    'Osoba żyjąca w gospodarstwie składającym się z jednej osoby dorosłej i dzieci na utrzymaniu',
  otherDisadvantage: 'Osoba w innej niekorzystnej sytuacji społecznej',
};

const ANSWERS = [
  { value: 'yes', label: 'Tak' },
  { value: 'no', label: 'Nie' },
  { value: 'refused', label: 'Odmowa odpowiedzi' },
];

export const MONITORING_KEYS = [
  'labourStatus',
  ...Object.keys(QUESTIONS),
] as (keyof MonitoringData)[];

/**
 * Dane do monitorowania EFS, nested under `monitoring`. Refusing to answer is a full
 * answer: it never blocks support.
 */
export function MonitoringFields() {
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        Pytania o dane wrażliwe można pozostawić bez odpowiedzi merytorycznej („Odmowa odpowiedzi”)
        — odmowa nie wyklucza z udziału w projekcie. Dane można też uzupełnić później.
      </Typography.Paragraph>
      <Form.Item name={['monitoring', 'labourStatus']} label="Status na rynku pracy">
        <Select
          placeholder="Wybierz status"
          options={LABOUR_STATUSES.map((value) => ({ value, label: LABOUR_STATUS_LABELS[value] }))}
        />
      </Form.Item>
      {(Object.keys(QUESTIONS) as SensitiveQuestion[]).map((key) => (
        <Form.Item
          key={key}
          name={['monitoring', key]}
          label={QUESTIONS[key]}
          layout="horizontal"
          colon={false}
          labelCol={{ flex: '1 1 0' }}
          wrapperCol={{ flex: 'none' }}
          labelAlign="left"
          style={{ marginBottom: 8 }}
        >
          <Radio.Group
            aria-label={QUESTIONS[key]}
            options={ANSWERS}
            optionType="button"
            buttonStyle="solid"
            size="small"
          />
        </Form.Item>
      ))}
    </>
  );
}
