/**
 * The saved state of the current profile: not saved / saved on <date> /
 * changed since saved (with the changes), and, once saved, notes and tags.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatDate } from './format';
import { t } from '../lib/i18n';
import type { SavedInfo } from '../lib/service/protocol';

/** The saved record as the service reports it (id, dates, notes, tags, changes since saved). */
export type { SavedInfo };

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
          {changed ? t('updateSaved') : t('saveProfile')}
        </button>
        <span class="save-state" role="status" data-testid="save-state">
          {message ??
            (!saved ? t('notSaved') : changed ? t('changedSince', [formatDate(saved.updatedAt), saved.changes.join('; ')]) : t('savedOn', formatDate(saved.updatedAt)))}
        </span>
      </div>
      {saved && (
        <div class="annotations">
          <label for="notes">{t('notesLabel')}</label>
          <textarea id="notes" rows={2} value={notes} onInput={(e) => setNotes((e.target as HTMLTextAreaElement).value)} onBlur={() => notes !== saved.notes && onNotes(notes)} />
          <div class="tags">
            {saved.tags.length > 0 && (
              <ul class="chips" aria-label={t('tagsLabel')}>
                {saved.tags.map((name) => (
                  <li class="chip">
                    {name}{' '}
                    <button type="button" class="chip-remove" aria-label={t('removeTag', name)} onClick={() => onRemoveTag(name)}>
                      ×
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (tag.trim()) onAddTag(tag.trim());
                setTag('');
              }}
            >
              <label for="new-tag" class="visually-hidden">
                {t('newTagLabel')}
              </label>
              <input id="new-tag" value={tag} placeholder={t('newTagPlaceholder')} onInput={(e) => setTag((e.target as HTMLInputElement).value)} />
              <button type="submit" class="secondary">
                {t('addTag')}
              </button>
            </form>
          </div>
        </div>
      )}
    </div>
  );
}
