/** The toolbar button that opens the add view. Tiny and in the first paint; the view itself loads when opened. */
import { Button } from '../../components/ui/button';
import { useI18n } from '../../i18n/i18n';

export function AddBulletinButton({ onOpen, open = false }: { onOpen: () => void; open?: boolean }) {
  const { t } = useI18n();
  return (
    <Button size="md" onClick={onOpen} aria-expanded={open}>
      {t('add.button')}
    </Button>
  );
}
