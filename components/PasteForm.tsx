/** "Paste text": resume text read by the same parser as pages. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';

export function PasteForm({ onSubmit, onCancel }: { onSubmit(text: string): void; onCancel(): void }) {
  const [text, setText] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  // The form replaces the button that opened it: keyboard focus moves into it.
  useEffect(() => box.current?.focus(), []);
  return (
    <form
      class="paste"
      aria-labelledby="h-paste"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSubmit(text);
      }}
    >
      <h1 id="h-paste">{t('pasteTitle')}</h1>
      <p class="hint" id="paste-hint">
        {t('pasteHint')}
      </p>
      <label for="paste-text">{t('pasteLabel')}</label>
      <textarea id="paste-text" ref={box} rows={14} aria-describedby="paste-hint" value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <div class="actions">
        <button type="submit" disabled={!text.trim()}>
          {t('pasteSubmit')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
