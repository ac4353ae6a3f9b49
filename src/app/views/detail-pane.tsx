import { InitiativeDetail } from '../../features/initiatives/components/initiative-detail';
import { useAppData } from '../data/app-data';
import { useCopy } from '../shell/use-copy';
import { closeInitiative } from './open-initiative';

/** The open initiative (`?insats=`), in place of the sidebar's view; null when none is open. */
export function DetailPane() {
  const { t } = useCopy();
  const { open, register, areaName, subareaName } = useAppData();
  if (!open || !register.labels) return null;
  return <InitiativeDetail item={open} labels={register.labels} areaName={areaName} subareaName={subareaName} onClose={closeInitiative} t={t} />;
}
