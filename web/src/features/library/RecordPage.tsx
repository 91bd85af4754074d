import { Button } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useLibraryRecord } from '../../api/library.ts';
import { useT } from '../../app/locale.tsx';
import { PageBreadcrumbs } from '../../components/PageBreadcrumbs.tsx';
import { useDocumentTitle } from '../../components/PageHeader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { RecordDetail } from './RecordDetail.tsx';
import { RecordHistory } from './RecordHistory.tsx';

export function RecordPage() {
  const t = useT();
  const { id = '' } = useParams();
  const record = useLibraryRecord(id);
  useDocumentTitle(record.data?.title ?? t('ui.library.title'));
  return (
    <>
      {/* The title is the heading just below; repeated here it would not fit on a phone's one line. */}
      <PageBreadcrumbs items={[{ label: t('ui.library.title'), to: '/library' }, { label: t('ui.library.record.crumb') }]} />
      <QueryState query={record}>
        {(data) => (
          <RecordDetail
            record={data}
            actions={
              data.can.edit || (data.can.curate && data.status === 'submitted') ? (
                <>
                  {data.can.edit ? (
                    <Button component={Link} to={`/library/deposit/${data.id}`} variant="light" size="sm">
                      {t('ui.library.record.edit')}
                    </Button>
                  ) : null}
                  {data.can.curate && data.status === 'submitted' ? (
                    <Button component={Link} to={`/library/curation/${data.id}`} size="sm">
                      {t('ui.library.record.review')}
                    </Button>
                  ) : null}
                </>
              ) : null
            }
            aside={data.can.edit || data.can.curate ? <RecordHistory record={data} /> : null}
          />
        )}
      </QueryState>
    </>
  );
}
