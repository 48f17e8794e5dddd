import { Button, Card, Col, Divider, Form, Input, InputNumber, Row, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';

const sum = (a: unknown, b: unknown) => (Number(a) || 0) + (Number(b) || 0);

/** "Razem" for a K + M pair, recomputed as the worker types. */
function Total({ women, men }: { women: (string | number)[]; men: (string | number)[] }) {
  const w = Form.useWatch(women);
  const m = Form.useWatch(men);
  return (
    <Form.Item label="Razem">
      <Typography.Text strong aria-live="polite" style={{ lineHeight: '32px' }}>
        {sum(w, m)}
      </Typography.Text>
    </Form.Item>
  );
}

const count = <InputNumber min={0} precision={0} style={{ width: '100%' }} />;

/** Plan uczestników and wskaźniki, both split by sex (K / M) as the funder reports them. */
export function PlanFields() {
  return (
    <Card title="Plan uczestników i wskaźniki" size="small">
      <Row gutter={12}>
        <Col xs={8} md={6} xl={4}>
          <Form.Item name="plannedWomen" label="Kobiety (K)" required>
            {count}
          </Form.Item>
        </Col>
        <Col xs={8} md={6} xl={4}>
          <Form.Item name="plannedMen" label="Mężczyźni (M)" required>
            {count}
          </Form.Item>
        </Col>
        <Col xs={8} md={6} xl={4}>
          <Total women={['plannedWomen']} men={['plannedMen']} />
        </Col>
      </Row>
      <Divider titlePlacement="start" style={{ marginTop: 0 }}>
        Wskaźniki
      </Divider>
      <Form.List name="indicators">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Row key={field.key} gutter={12} align="top">
                <Col xs={24} md={12}>
                  <Form.Item name={[field.name, 'name']} label={`Wskaźnik ${index + 1}`} required>
                    <Input placeholder="np. liczba osób, które ukończyły kurs zawodowy" />
                  </Form.Item>
                </Col>
                <Col xs={7} md={3}>
                  <Form.Item name={[field.name, 'targetWomen']} label="K" required>
                    {count}
                  </Form.Item>
                </Col>
                <Col xs={7} md={3}>
                  <Form.Item name={[field.name, 'targetMen']} label="M" required>
                    {count}
                  </Form.Item>
                </Col>
                <Col xs={6} md={3}>
                  <Total
                    women={['indicators', field.name, 'targetWomen']}
                    men={['indicators', field.name, 'targetMen']}
                  />
                </Col>
                <Col xs={4} md={3}>
                  <Form.Item label=" " colon={false}>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={`Usuń wskaźnik ${index + 1}`}
                      title="Usuń wskaźnik"
                      onClick={() => remove(field.name)}
                    />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ name: '', targetWomen: 0, targetMen: 0 })}
            >
              Dodaj wskaźnik
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
