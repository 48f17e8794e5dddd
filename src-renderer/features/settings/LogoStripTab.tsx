import { useEffect } from 'react';
import { Alert, Button, Card, Flex, Popconfirm, Spin, Typography, Upload } from 'antd';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import { useStores } from '../../app/stores';
import { useToast } from '../../ui/toast';
import { errorMessage } from '../../api/client';

const MAX_BYTES = 2 * 1024 * 1024;

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('Nie udało się odczytać pliku'));
    reader.readAsDataURL(file);
  });
}

/**
 * Logotypy UE: the strip of signs (Fundusze Europejskie, barwy RP, UE/EFS…) the office
 * received with its grant agreement. It is uploaded once; EFS documents place it at the top.
 */
export function LogoStripTab() {
  const { logoStrip: store } = useStores();
  const { dataUrl, loaded, saving, error } = useStore(store);
  const toast = useToast();

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  async function upload(file: File) {
    if (!['image/png', 'image/jpeg'].includes(file.type)) {
      toast.error('Wybierz obraz PNG lub JPEG.');
      return;
    }
    if (file.size > MAX_BYTES) {
      toast.error('Obraz może mieć najwyżej 2 MB.');
      return;
    }
    try {
      await store.getState().save(await readDataUrl(file));
      toast.success('Zapisano pasek logotypów.');
    } catch (e) {
      toast.error(errorMessage(e));
    }
  }

  async function remove() {
    try {
      await store.getState().save(null);
      toast.success('Usunięto pasek logotypów.');
    } catch (e) {
      toast.error(errorMessage(e));
    }
  }

  return (
    <Card size="small" title="Pasek logotypów drukowany na dokumentach projektów EFS">
      <Flex vertical gap="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          Obraz paska znaków (np. Fundusze Europejskie, barwy RP, Unia Europejska — najwyżej cztery
          znaki w jednym rzędzie) w formacie PNG lub JPEG, najwyżej 2 MB. Program umieszcza go u
          góry kontraktów, aneksów i kart oceny w projektach EFS. Bez paska dokumenty drukują się
          bez logotypów (program ostrzega przed wydrukiem).
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} />}
        {!loaded ? (
          <Spin description="Wczytywanie…" />
        ) : dataUrl ? (
          <img
            src={dataUrl}
            alt="Pasek logotypów UE"
            style={{
              width: 'min(100%, 800px)',
              height: 'auto',
              alignSelf: 'flex-start',
              border: '1px solid #d9d9d9',
              padding: 4,
              background: '#fff',
            }}
          />
        ) : (
          <Alert type="info" showIcon title="Nie wgrano jeszcze paska logotypów." />
        )}
        <Flex gap="small" wrap>
          <Upload
            accept="image/png,image/jpeg"
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button type="primary" icon={<UploadOutlined />} loading={saving}>
              {dataUrl ? 'Zastąp obraz' : 'Wgraj obraz'}
            </Button>
          </Upload>
          {dataUrl && (
            <Popconfirm
              title="Usunąć pasek logotypów?"
              description="Nowe dokumenty będą drukowane z polem zastępczym; wydrukowane zachowują swój pasek."
              okText="Usuń"
              cancelText="Anuluj"
              okButtonProps={{ danger: true }}
              onConfirm={() => void remove()}
            >
              <Button danger icon={<DeleteOutlined />}>
                Usuń pasek
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
