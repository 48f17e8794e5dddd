import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import type { RefObject } from 'react';

/**
 * The buttons under every PDF preview: print the frame, save the file, close. Disabled until
 * the PDF is ready (`url`), so a clerk never prints an empty frame.
 */
export function PdfActions(props: {
  url: string | null;
  frame: RefObject<HTMLIFrameElement | null>;
  fileName: string;
  onClose: () => void;
}) {
  const { url, frame, fileName, onClose } = props;
  return (
    <Flex gap={8} justify="end">
      <Button
        icon={<PrinterOutlined />}
        disabled={!url}
        onClick={() => frame.current?.contentWindow?.print()}
      >
        Drukuj
      </Button>
      <Button
        icon={<DownloadOutlined />}
        disabled={!url}
        href={url ?? undefined}
        download={fileName}
      >
        Zapisz PDF
      </Button>
      <Button type="primary" onClick={onClose}>
        Zamknij podgląd
      </Button>
    </Flex>
  );
}
