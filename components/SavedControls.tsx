/**
 * The saved state of the current profile: not saved / saved on <date> /
 * changed since saved (with the changes), and, once saved, notes and tags.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatDate } from './format';

export interface SavedInfo {
  savedAt: string;
  updatedAt: string;
  notes: string;
  tags: string[];
  /** What differs between the page now and the saved record; empty when nothing. */
  changes: string[];
}

export interface SavedControlsProps {
  saved: SavedInfo | null;
  busy: boolean;
  message: string | null;
  onSave(): void;
  onNotes(notes: string): void;
  onAddTag(tag: string): void;
  onRemoveTag(tag: string): void;
}

export function SavedControls({ saved, busy, message, onSave, onNotes, onAddTag, onRemoveTag }: SavedControlsProps) {
  const [notes, setNotes] = useState(saved?.notes ?? '');
  const [tag, setTag] = useState('');
  useEffect(() => setNotes(saved?.notes ?? ''), [saved?.notes]);
  const changed = !!saved && saved.changes.length > 0;
  return (
    <div class="saved">
      <div class="actions">
        <button type="button" onClick={onSave} disabled={busy}>
          {changed ? 'Update saved profile' : 'Save profile'}
        </button>
        <span class="save-state" role="status" data-testid="save-state">
          {message ??
            (!saved ? 'Not saved' : changed ? `Changed since you saved it (${formatDate(saved.updatedAt)}): ${saved.changes.join('; ')}` : `Saved on ${formatDate(saved.updatedAt)}`)}
        </span>
      </div>
      {saved && (
        <div class="annotations">
          <label for="notes">Notes</label>
          <textarea id="notes" rows={2} value={notes} onInput={(e) => setNotes((e.target as HTMLTextAreaElement).value)} onBlur={() => notes !== saved.notes && onNotes(notes)} />
          <div class="tags">
            <ul class="chips" aria-label="Tags">
              {saved.tags.map((t) => (
                <li class="chip">
                  {t}{' '}
                  <button type="button" class="chip-remove" aria-label={`Remove tag ${t}`} onClick={() => onRemoveTag(t)}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (tag.trim()) onAddTag(tag.trim());
                setTag('');
              }}
            >
              <label for="new-tag" class="visually-hidden">
                New tag
              </label>
              <input id="new-tag" value={tag} placeholder="Add a tag" onInput={(e) => setTag((e.target as HTMLInputElement).value)} />
              <button type="submit" class="secondary">
                Add tag
              </button>
            </form>
          </div>
        </div>
      )}
    </div>
  );
}
