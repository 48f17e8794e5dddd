import { AutoComplete, Button, Col, Form, Input, Row, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { amountInWords } from '../../../src-main/domain/amount-in-words';
import { MoneyFormItem } from '../../ui/MoneyInput';

const KINDS = [
  'Zasiłek celowy',
  'Zasiłek okresowy',
  'Pomoc rzeczowa',
  'Posiłek',
  'Opłacenie kursu',
];

/** "słownie: sto dwanaście złotych zero groszy", as the worker types the amount. */
function AmountInWords({ row }: { row: number }) {
  const form = Form.useFormInstance();
  const amount = Form.useWatch(['benefits', row, 'amount'], form) as number | null | undefined;
  if (typeof amount !== 'number') return null;
  return (
    <span className="amount-words" aria-live="polite">
      słownie: {amountInWords(amount)}
    </span>
  );
}

/** Świadczenia: e.g. a purpose benefit (zasiłek celowy) — kind, purpose, amount, when. */
export function BenefitsFields() {
  return (
    <Form.List name="benefits">
      {(fields, { add, remove }) => (
        <div>
          <Typography.Text strong>
            Planowane świadczenia — przyznawane decyzją administracyjną, nie kontraktem
          </Typography.Text>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px' }}>
              Bez świadczeń pieniężnych.
            </Typography.Paragraph>
          )}
          {fields.map((field, index) => {
            const n = index + 1;
            return (
              <div key={field.key} className="benefit-row">
                <Row gutter={12} align="top">
                  <Col xs={24} md={5}>
                    <Form.Item
                      name={[field.name, 'kind']}
                      label={`Rodzaj świadczenia ${n}`}
                      required
                    >
                      <AutoComplete
                        options={KINDS.map((value) => ({ value }))}
                        placeholder="np. Zasiłek celowy"
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={7}>
                    <Form.Item
                      name={[field.name, 'purpose']}
                      label={`Cel świadczenia ${n}`}
                      required
                    >
                      <Input placeholder="np. zakup odzieży roboczej" />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={5}>
                    <MoneyFormItem
                      name={[field.name, 'amount']}
                      label={`Kwota świadczenia ${n}`}
                      required
                      extra={<AmountInWords row={field.name} />}
                    />
                  </Col>
                  <Col xs={10} md={5}>
                    <Form.Item
                      name={[field.name, 'when']}
                      label={`Termin świadczenia ${n}`}
                      required
                    >
                      <Input placeholder="np. grudzień 2026" />
                    </Form.Item>
                  </Col>
                  {/* Two columns: one is narrower than the button at the largest text size. */}
                  <Col xs={2} md={2}>
                    <Form.Item label=" " colon={false}>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={`Usuń świadczenie ${n}`}
                        title="Usuń świadczenie"
                        onClick={() => remove(field.name)}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              </div>
            );
          })}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ kind: 'Zasiłek celowy', purpose: '', amount: null, when: '' })}
          >
            Dodaj świadczenie
          </Button>
        </div>
      )}
    </Form.List>
  );
}
