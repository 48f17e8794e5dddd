import { Button, Card, Col, Form, Input, Row, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';

/**
 * Partnerzy, e.g. the county labour office (PUP) that lends a computer room. On narrower
 * windows the name takes a line of its own; rows align at the top, so an error under one
 * field (a wrong NIP) never shifts its neighbours.
 */
export function PartnersFields() {
  return (
    <Card title="Partnerzy" size="small">
      <Form.List name="partners">
        {(fields, { add, remove }) => (
          <>
            {fields.length === 0 && (
              <Typography.Paragraph type="secondary">
                Projekt realizowany bez partnerów.
              </Typography.Paragraph>
            )}
            {fields.map((field, index) => (
              <Row key={field.key} gutter={12} align="top" wrap>
                <Col xs={24} xl={10}>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={`Nazwa partnera ${index + 1}`}
                    required
                  >
                    <Input placeholder="np. Powiatowy Urząd Pracy w Bartoszycach" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8} xl={5}>
                  <Form.Item name={[field.name, 'nip']} label="NIP">
                    <Input placeholder="10 cyfr" inputMode="numeric" maxLength={13} />
                  </Form.Item>
                </Col>
                <Col xs={20} sm={13} xl={7}>
                  <Form.Item name={[field.name, 'role']} label="Rola w projekcie">
                    <Input placeholder="np. doradztwo zawodowe, udostępnienie sali" />
                  </Form.Item>
                </Col>
                <Col xs={4} sm={3} xl={2}>
                  {/* An empty label keeps the button on the inputs' line. */}
                  <Form.Item label=" " colon={false}>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={`Usuń partnera ${index + 1}`}
                      title="Usuń partnera"
                      onClick={() => remove(field.name)}
                    />
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ name: '', nip: '', role: '' })}>
              Dodaj partnera
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}
