import { fieldId } from '../../../shared/form/paths';

/**
 * API errors about a whole part of the form (`requiredCapabilities`: "nothing to match on",
 * `location`…), shown at the top of that part; the error summary links here.
 */
export function SectionErrors({ path, messages }: { path: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div id={fieldId(path)} tabIndex={-1} className="fr-messages-group bitd-focus-target fr-mb-2w">
      {messages.map((m, i) => (
        <p key={i} className="fr-message fr-message--error" data-testid={`error-${path}`}>
          {m}
        </p>
      ))}
    </div>
  );
}
