import { useId } from 'react';
import type { WorkbenchMessages } from '../../../lib/copy/workbench-sv';

export interface ValuesSource {
  /** As --kalla: written into the file with each value. */
  sv: string;
  /** As --kalla-en: the indicator's English source, when it becomes real. */
  en: string;
}

interface Props {
  value: ValuesSource;
  onChange: (value: ValuesSource) => void;
  /** The editor is done with a field (left it or pressed Enter): check again with it. */
  onCommit: () => void;
  w: WorkbenchMessages;
}

/** Where indicator values come from, in Swedish (required to publish) and English (optional). */
export function SourceFields({ value, onChange, onCommit, w }: Props) {
  const id = useId();
  const field = (lang: keyof ValuesSource, label: string, help: string) => (
    <p className="workbench-source">
      <label htmlFor={`${id}-${lang}`}>{label}</label>
      <input
        id={`${id}-${lang}`}
        type="text"
        value={value[lang]}
        aria-describedby={`${id}-${lang}-help`}
        onChange={(e) => onChange({ ...value, [lang]: e.currentTarget.value })}
        onBlur={onCommit}
        onKeyDown={(e) => e.key === 'Enter' && onCommit()}
      />
      <span id={`${id}-${lang}-help`} className="small">
        {help}
      </span>
    </p>
  );
  return (
    <>
      {field('sv', w.sourceLabel, w.sourceHelp)}
      {field('en', w.sourceEnLabel, w.sourceEnHelp)}
    </>
  );
}
