import { Form, Radio, Select } from 'antd';
import {
  LABOUR_STATUS_LABELS,
  LABOUR_STATUSES,
  type MonitoringData,
} from '../../../src-main/contract/enrolments';
import './monitoring.css';

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

function Question({
  name,
  required,
  nested = false,
}: {
  name: SensitiveQuestion;
  required: boolean;
  nested?: boolean;
}) {
  return (
    <Form.Item
      name={['monitoring', name]}
      label={QUESTIONS[name]}
      required={required}
      className="monitoring-question"
      layout="horizontal"
      colon={false}
      labelCol={{ flex: '1 1 0' }}
      wrapperCol={{ flex: 'none' }}
      labelAlign="left"
      style={{ marginBottom: 8, paddingInlineStart: nested ? 24 : 0 }}
    >
      <Radio.Group
        aria-label={QUESTIONS[name]}
        options={ANSWERS}
        optionType="button"
        buttonStyle="solid"
        size="small"
      />
    </Form.Item>
  );
}

/**
 * Dane do monitorowania EFS, nested under `monitoring`. Refusing to answer is a full
 * answer: it never blocks support. `required` marks every question (all are needed once
 * the data are given at all).
 */
export function MonitoringFields({ required }: { required: boolean }) {
  const jobless = Form.useWatch(['monitoring', 'householdJobless']) as
    MonitoringData['householdJobless'] | undefined;
  return (
    <>
      <Form.Item
        name={['monitoring', 'labourStatus']}
        label="Status na rynku pracy"
        required={required}
      >
        <Select
          placeholder="Wybierz status"
          options={LABOUR_STATUSES.map((value) => ({ value, label: LABOUR_STATUS_LABELS[value] }))}
        />
      </Form.Item>
      <Question name="disability" required={required} />
      <Question name="foreignBackground" required={required} />
      <Question name="homelessness" required={required} />
      <Question name="householdJobless" required={required} />
      {jobless === 'yes' && <Question name="householdWithChildren" required={required} nested />}
      <Question name="singleAdultWithChildren" required={required} />
      <Question name="otherDisadvantage" required={required} />
    </>
  );
}
