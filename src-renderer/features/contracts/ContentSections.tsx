import { Card, Col, Flex, Form, Input, InputNumber, Row } from 'antd';
import type { Instrument } from '../../../src-main/contract/social-contracts';
import type { InstrumentGroup } from '../../../src-main/domain/integration-instruments';
import { DateInput } from '../../ui/DateInput';
import { BenefitsFields } from './BenefitsFields';
import { InstrumentPicker, InstrumentRule } from './InstrumentPicker';
import { LinesField } from './LinesField';
import { TasksTable } from './TasksTable';

const text = (rows: number) => ({ autoSize: { minRows: rows, maxRows: 10 } });

/** I. Ocena sytuacji — and for variant B the time without work and earlier activation. */
export function AssessmentSection() {
  const variant = Form.useWatch('variant') as 'A' | 'B' | undefined;
  return (
    <Card size="small" title="I. Ocena sytuacji" className="contract-section">
      <Form.Item name={['assessment', 'causes']} label="Przyczyny trudnej sytuacji" required>
        <Input.TextArea {...text(2)} />
      </Form.Item>
      <Form.Item name={['assessment', 'resources']} label="Zasoby i mocne strony" required>
        <Input.TextArea {...text(2)} />
      </Form.Item>
      <Form.Item name={['assessment', 'limitations']} label="Ograniczenia i bariery" required>
        <Input.TextArea {...text(2)} />
      </Form.Item>
      {variant === 'B' && (
        <>
          <Form.Item name={['assessment', 'timeWithoutWork']} label="Okres pozostawania bez pracy">
            <Input placeholder="np. 3 lata, zarejestrowany w PUP od marca 2023 r." />
          </Form.Item>
          <Form.Item
            name={['assessment', 'earlierActivation']}
            label="Wcześniejsze formy aktywizacji i przyczyny ich niepowodzenia"
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
    <Card size="small" title="II. Ustalenia" className="contract-section">
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
              title="Zobowiązania osoby"
              itemLabel="Zobowiązanie osoby"
              addLabel="Dodaj zobowiązanie osoby"
              emptyText="Nie wpisano zobowiązań osoby."
            />
          </Col>
          <Col xs={24} lg={12}>
            <LinesField
              name="officeObligations"
              title="Zobowiązania ośrodka pomocy społecznej"
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
    <Card size="small" title="Wsparcie ośrodka" className="contract-section">
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
