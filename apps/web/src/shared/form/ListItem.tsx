import { Button } from '@codegouvfr/react-dsfr/Button';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One row of a list of the editor (a capability, a contact…), with its remove button. */
export function ListItem({
  legend,
  onRemove,
  children,
}: {
  legend: string;
  onRemove: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="bitd-item">
      <legend className="bitd-item__legend">{legend}</legend>
      {children}
      <Button
        type="button"
        priority="tertiary no outline"
        size="small"
        iconId="fr-icon-delete-line"
        onClick={onRemove}
        title={`${t('editor.remove')} — ${legend}`}
      >
        {t('editor.remove')}
      </Button>
    </fieldset>
  );
}

export function AddButton({
  onClick,
  children,
  testId,
}: {
  onClick: () => void;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Button
      type="button"
      priority="secondary"
      size="small"
      iconId="fr-icon-add-line"
      onClick={onClick}
      nativeButtonProps={{ 'data-testid': testId }}
    >
      {children}
    </Button>
  );
}

export function EmptyList({ children }: { children: ReactNode }) {
  return <p className="fr-text--sm bitd-muted">{children}</p>;
}
