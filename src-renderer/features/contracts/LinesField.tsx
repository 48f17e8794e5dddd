import { Button, Flex, Form, Input, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';

/**
 * A numbered list of lines (specific goals, obligations): each line its own field, so an
 * empty one is marked where it is.
 */
export function LinesField(props: {
  name: string;
  title: string;
  itemLabel: string;
  addLabel: string;
  emptyText: string;
  placeholder?: string;
  disabled?: boolean;
}) {
  const { name, title, itemLabel, addLabel, emptyText, placeholder, disabled } = props;
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Flex vertical gap={4} className="lines-field">
          <Typography.Text strong>{title}</Typography.Text>
          {fields.length === 0 && <Typography.Text type="secondary">{emptyText}</Typography.Text>}
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start">
              <span className="line-number">{index + 1}.</span>
              <Form.Item name={field.name} style={{ flex: 1, marginBottom: 8 }}>
                <Input.TextArea
                  aria-label={`${itemLabel} ${index + 1}`}
                  autoSize={{ minRows: 1, maxRows: 6 }}
                  placeholder={placeholder}
                  disabled={disabled}
                />
              </Form.Item>
              {!disabled && (
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={`Usuń: ${itemLabel.toLowerCase()} ${index + 1}`}
                  title="Usuń"
                  onClick={() => remove(field.name)}
                />
              )}
            </Flex>
          ))}
          {!disabled && (
            <Button
              icon={<PlusOutlined />}
              style={{ alignSelf: 'flex-start' }}
              onClick={() => add('')}
            >
              {addLabel}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
}
