import { useState } from 'preact/hooks';
import { textKey, type RoundRow, type RoundTopic } from '../../db';
import { useI18n } from '../../i18n';
import { MAX_TOPICS, topicSuggestionsFor } from './defaults';
import { MAX_TOPIC_LENGTH, type RoundSettings } from './round-rules';

interface Props {
  round: RoundRow;
  onChange: (patch: Partial<RoundSettings>) => void;
}

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** The topics pupils rate: rename, reorder, remove, add own or suggested ones (3 to 10). */
export function TopicsEditor({ round, onChange }: Props) {
  const { t, language } = useI18n();
  const [newLabel, setNewLabel] = useState('');
  const topics = round.topics;
  const set = (next: RoundTopic[]) => onChange({ topics: next });
  const present = new Set(topics.map((topic) => textKey(topic.label)));
  const suggestions = topicSuggestionsFor(round.ageBand).filter(
    (topic) => !present.has(textKey(topic.label[language])),
  );
  const add = (label: string) => {
    if (!label.trim()) return;
    set([...topics, { id: crypto.randomUUID(), label: label.trim() }]);
  };

  return (
    <section class="card" aria-labelledby="topics-heading">
      <h2 id="topics-heading">{t('topicsTitle')}</h2>
      <p>
        {t('topicsHint')} <strong>{t('topicsCount', { count: topics.length })}</strong>
      </p>
      <ol class="topic-list">
        {topics.map((topic, index) => {
          const name = topic.label || t('topicLabel', { n: index + 1 });
          return (
            <li key={topic.id} class="topic-row">
              <label class="visually-hidden" for={`topic-${topic.id}`}>
                {t('topicLabel', { n: index + 1 })}
              </label>
              <input
                id={`topic-${topic.id}`}
                value={topic.label}
                maxLength={MAX_TOPIC_LENGTH + 10}
                onInput={(e) =>
                  set(
                    topics.map((other) =>
                      other.id === topic.id ? { ...other, label: e.currentTarget.value } : other,
                    ),
                  )
                }
              />
              <button
                type="button"
                class="button"
                disabled={index === 0}
                onClick={() => set(moved(topics, index, index - 1))}
              >
                <span aria-hidden="true">↑</span>
                <span class="visually-hidden">{t('topicUp', { topic: name })}</span>
              </button>
              <button
                type="button"
                class="button"
                disabled={index === topics.length - 1}
                onClick={() => set(moved(topics, index, index + 1))}
              >
                <span aria-hidden="true">↓</span>
                <span class="visually-hidden">{t('topicDown', { topic: name })}</span>
              </button>
              <button
                type="button"
                class="button button--danger"
                onClick={() => set(topics.filter((other) => other.id !== topic.id))}
              >
                <span aria-hidden="true">✕</span>
                <span class="visually-hidden">{t('topicRemove', { topic: name })}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <form
        class="add-row"
        onSubmit={(event) => {
          event.preventDefault();
          add(newLabel);
          setNewLabel('');
        }}
      >
        <div class="field">
          <label for="topic-new">{t('topicNew')}</label>
          <input
            id="topic-new"
            value={newLabel}
            onInput={(e) => setNewLabel(e.currentTarget.value)}
          />
        </div>
        <button
          type="submit"
          class="button"
          disabled={topics.length >= MAX_TOPICS || !newLabel.trim()}
        >
          {t('topicAdd')}
        </button>
      </form>
      {suggestions.length > 0 && topics.length < MAX_TOPICS ? (
        <div class="suggestions">
          <h3>{t('topicSuggestions')}</h3>
          <div class="actions">
            {suggestions.map((topic) => (
              <button
                type="button"
                class="button"
                key={topic.id}
                onClick={() => add(topic.label[language])}
              >
                + {topic.label[language]}
              </button>
            ))}
          </div>
        </div>
      ) : null}
    </section>
  );
}
