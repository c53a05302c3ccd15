/** "Paste text": resume text read by the same parser as pages. */
import { useState } from 'preact/hooks';

export function PasteForm({ onSubmit, onCancel }: { onSubmit(text: string): void; onCancel(): void }) {
  const [text, setText] = useState('');
  return (
    <form
      class="paste"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSubmit(text);
      }}
    >
      <h1>Paste resume text</h1>
      <label for="paste-text">Resume text</label>
      <textarea id="paste-text" rows={14} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      <div class="actions">
        <button type="submit" disabled={!text.trim()}>
          Read text
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
