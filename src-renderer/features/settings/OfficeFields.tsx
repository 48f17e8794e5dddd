import { Col, Form, Input, InputNumber, Row } from 'antd';

/**
 * The office's fields, in the settings and on the first start; `prefix` when the office is a
 * part of a larger form (`['office']` in the first start's).
 */
export function OfficeFields({ prefix = [] }: { prefix?: string[] }) {
  const name = (field: string) => [...prefix, field];
  return (
    <>
      <Form.Item name={name('officeName')} label="Nazwa ośrodka" required>
        <Input placeholder="np. Miejski Ośrodek Pomocy Społecznej w Bartoszycach" />
      </Form.Item>
      <Form.Item name={name('address')} label="Adres">
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          placeholder="ul. …, 11-200 Bartoszyce"
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={10}>
          <Form.Item name={name('phone')} label="Telefon">
            <Input placeholder="np. 89 762 00 00" />
          </Form.Item>
        </Col>
        <Col xs={24} md={14}>
          <Form.Item name={name('headOfOffice')} label="Kierownik ośrodka">
            <Input placeholder="imię i nazwisko" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name={name('idleLockMinutes')}
        label="Blokada po bezczynności (minuty)"
        extra="Po tylu minutach bez pisania i klikania program się blokuje; odblokowuje go hasło tej samej osoby."
        required
      >
        <InputNumber min={1} max={120} precision={0} style={{ width: '8em' }} />
      </Form.Item>
    </>
  );
}
