import { InitiativeDetail } from '../../features/initiatives/components/initiative-detail';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { closeInitiative } from './open-initiative';

/** The open initiative (`?insats=`), in place of the sidebar's view; null when none is open. */
export function DetailPane() {
  const { t } = useCopy();
  const { open, register, areaName, subareaName } = useAppData();
  const meta = register.initiatives.data?.meta;
  if (!open || !register.labels || !meta) return null;
  return <InitiativeDetail item={open} meta={meta} labels={register.labels} areaName={areaName} subareaName={subareaName} onClose={closeInitiative} t={t} />;
}
