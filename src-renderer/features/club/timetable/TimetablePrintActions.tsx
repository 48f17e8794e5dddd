import { useState } from 'react';
import { Button } from 'antd';
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import type { ClubProgramme } from '../../../../src-main/contract/club';
import { useFeature, useStores } from '../../../app/stores';
import { useToday } from '../../../app/today';
import { errorMessage } from '../../../api/client';
import { monthName } from '../../../documents/timetable';
import { useToast } from '../../../ui/toast';
import { PdfPreviewDialog, type PdfSource } from '../../contracts/PdfPreviewDialog';
import {
  exportTimetableXlsx,
  monthOf,
  printGroupMonth,
  printTrainerMonth,
} from '../timetable-print';
import type { TimetableShown } from './TimetablePanel';

/**
 * The timetable tab's documents: the month on screen of the group or trainer shown, as a PDF
 * in the preview (a week is printed as the month of its Monday), and the whole cycle as a
 * workbook. A room's timetable has no document of its own.
 */
export function TimetablePrintActions({
  programme,
  shown,
}: {
  programme: ClubProgramme;
  shown: TimetableShown;
}) {
  const { api } = useStores();
  const planned = useFeature('timetable', (s) => s.sessions.length > 0);
  const today = useToday();
  const toast = useToast();
  const [pdf, setPdf] = useState<PdfSource | null>(null);
  const [exporting, setExporting] = useState(false);
  const editionId = programme.edition.id;
  const month = monthOf(shown.start);
  // The name stays short; the month it prints is said on hover and to a screen reader.
  const printsMonth = `Miesiąc na ekranie: ${monthName(month)}`;

  const group =
    shown.subject === 'group' ? programme.groups.find((g) => g.id === shown.id) : undefined;
  const trainer =
    shown.subject === 'trainer' ? programme.trainers.find((t) => t.id === shown.id) : undefined;

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const fileName = await exportTimetableXlsx(api, editionId, {}, today);
      toast.success(`Zapisano harmonogram całego cyklu: ${fileName}`);
    } catch (e) {
      toast.error(`Nie udało się wyeksportować harmonogramu: ${errorMessage(e)}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      {group && (
        <Button
          icon={<PrinterOutlined />}
          disabled={!planned}
          title={printsMonth}
          onClick={() =>
            setPdf(printGroupMonth(api, editionId, group.id, month, { name: group.name, today }))
          }
        >
          Drukuj harmonogram grupy (miesiąc)
        </Button>
      )}
      {trainer && (
        <Button
          icon={<PrinterOutlined />}
          disabled={!planned}
          title={printsMonth}
          onClick={() =>
            setPdf(
              printTrainerMonth(api, editionId, trainer.id, month, { name: trainer.name, today }),
            )
          }
        >
          Drukuj harmonogram prowadzącego (miesiąc)
        </Button>
      )}
      <Button
        icon={<FileExcelOutlined />}
        disabled={!planned}
        loading={exporting}
        title="Cały cykl edycji, arkusz dla każdej grupy"
        onClick={() => void exportXlsx()}
      >
        Eksportuj do Excela (XLSX)
      </Button>
      {pdf && <PdfPreviewDialog source={pdf} onClose={() => setPdf(null)} />}
    </>
  );
}
