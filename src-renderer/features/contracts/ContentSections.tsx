import { Card, Col, Flex, Form, Input, InputNumber, Row } from 'antd';
import type { Instrument } from '../../../src-main/contract/social-contracts';
import type { InstrumentGroup } from '../../../src-main/domain/integration-instruments';
import { ASSESSMENT_LABELS } from '../../documents/contract-sections';
import { DateInput } from '../../ui/DateInput';
import { BenefitsFields } from './BenefitsFields';
import { InstrumentPicker, InstrumentRule } from './InstrumentPicker';
import { LinesField } from './LinesField';
import { TasksTable } from './TasksTable';

const text = (rows: number) => ({ autoSize: { minRows: rows, maxRows: 10 } });

/** The assessment — and for variant B the labour office's referral, time without work, earlier activation. */
export function AssessmentSection() {
  const variant = Form.useWatch('variant') as 'A' | 'B' | undefined;
  const labels = ASSESSMENT_LABELS[variant ?? 'A'];
  return (
    <Card size="small" title={labels.title} className="contract-section">
      {variant === 'B' && (
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item
              name={['labourOfficeReferral', 'date']}
              label="Skierowanie z PUP — data"
              extra="Kontrakt w części B zawiera się na podstawie skierowania z urzędu pracy."
            >
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name={['labourOfficeReferral', 'number']} label="Skierowanie z PUP — numer">
              <Input placeholder="np. CAZ.5523.42.2026" />
            </Form.Item>
          </Col>
        </Row>
      )}
      <Form.Item name={['assessment', 'causes']} label={labels.causes} required>
        <Input.TextArea {...text(2)} />
      </Form.Item>
      <Form.Item name={['assessment', 'resources']} label={labels.resources} required>
        <Input.TextArea {...text(2)} />
      </Form.Item>
      <Form.Item name={['assessment', 'limitations']} label={labels.limitations} required>
        <Input.TextArea {...text(2)} />
      </Form.Item>
      {variant === 'B' && (
        <>
          <Form.Item
            name={['assessment', 'timeWithoutWork']}
            label={ASSESSMENT_LABELS.B.timeWithoutWork}
          >
            <Input placeholder="np. 3 lata, zarejestrowany w PUP od marca 2023 r." />
          </Form.Item>
          <Form.Item
            name={['assessment', 'earlierActivation']}
            label={ASSESSMENT_LABELS.B.earlierActivation}
          >
            <Input.TextArea {...text(2)} />
          </Form.Item>
        </>
      )}
    </Card>
  );
}

/** II. Ustalenia — goals, the tasks table and the obligations of both sides. */
export function ArrangementsSection() {
  return (
    <Card size="small" title="Ustalenia stron" className="contract-section">
      <Flex vertical gap={16}>
        <Form.Item name="mainGoal" label="Cel główny" required style={{ marginBottom: 0 }}>
          <Input.TextArea {...text(1)} placeholder="np. Podjęcie zatrudnienia" />
        </Form.Item>
        <LinesField
          name="specificGoals"
          title="Cele szczegółowe"
          itemLabel="Cel szczegółowy"
          addLabel="Dodaj cel szczegółowy"
          emptyText="Nie wpisano celów szczegółowych."
        />
        <TasksTable />
        <Row gutter={24}>
          <Col xs={24} lg={12}>
            <LinesField
              name="personObligations"
              title="Osoba zawierająca kontrakt zobowiązuje się do:"
              placeholder="np. uczestnictwa w zajęciach Klubu Integracji Społecznej"
              itemLabel="Zobowiązanie osoby"
              addLabel="Dodaj zobowiązanie osoby"
              emptyText="Nie wpisano zobowiązań osoby."
            />
          </Col>
          <Col xs={24} lg={12}>
            <LinesField
              name="officeObligations"
              title="Ośrodek pomocy społecznej zobowiązuje się do:"
              placeholder="np. skierowania na kurs zawodowy"
              itemLabel="Zobowiązanie ośrodka"
              addLabel="Dodaj zobowiązanie ośrodka"
              emptyText="Nie wpisano zobowiązań ośrodka."
            />
          </Col>
        </Row>
      </Flex>
    </Card>
  );
}

/** Wsparcie: the path of integration instruments with the EFS rule, and the benefits. */
export function SupportSection(props: { instruments: Instrument[]; ruleApplies: boolean | null }) {
  const { instruments, ruleApplies } = props;
  const chosen = (Form.useWatch('instrumentIds') ?? []) as number[];
  const byId = new Map(instruments.map((i) => [i.id, i.group]));
  const groups = chosen.flatMap((id) => byId.get(id) ?? []) as InstrumentGroup[];
  return (
    <Card size="small" title="Planowane wsparcie" className="contract-section">
      <Flex vertical gap={16}>
        <Form.Item
          name="instrumentIds"
          label="Instrumenty aktywnej integracji"
          style={{ marginBottom: 0 }}
        >
          <InstrumentPicker instruments={instruments} />
        </Form.Item>
        <InstrumentRule groups={groups} applies={ruleApplies} />
        <BenefitsFields />
      </Flex>
    </Card>
  );
}

/** Okres obowiązywania and how and when the contract is evaluated. */
export function PeriodSection() {
  return (
    <Card size="small" title="Okres obowiązywania i ocena realizacji" className="contract-section">
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item name="periodFrom" label="Obowiązuje od" required>
            <DateInput />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="periodTo" label="Obowiązuje do" required>
            <DateInput />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['evaluation', 'firstOn']} label="Pierwsza ocena" required>
            <DateInput />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name={['evaluation', 'everyWeeks']} label="Kolejne oceny co (tygodni)">
            <InputNumber
              min={1}
              max={52}
              style={{ width: '100%' }}
              placeholder="bez stałego rytmu"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={['evaluation', 'method']} label="Sposób oceny realizacji kontraktu" required>
        <Input.TextArea {...text(1)} />
      </Form.Item>
    </Card>
  );
}
