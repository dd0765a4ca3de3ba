/** The line above a headline: the story's topic and, for anything but plain news, its type. */
import { storyTypeKey, t } from '../i18n/messages.js';
import type { Link } from '../view-models.js';

/** Props of a kicker. */
export interface KickerProps {
  lang: string;
  topic: Link | null;
  type: string;
}

/** The kicker, or nothing when there is neither a topic nor a type worth naming. */
export function Kicker({ lang, topic, type }: KickerProps) {
  const typeKey = type === 'news' ? null : storyTypeKey(type);
  const showTopic = topic !== null && topic.label.trim() !== '';
  if (!showTopic && !typeKey) return null;
  return (
    <p class="kicker">
      {showTopic && (
        <a class="kicker__topic" href={topic.href}>
          {topic.label}
        </a>
      )}
      {typeKey && <span class="kicker__type">{t(lang, typeKey)}</span>}
    </p>
  );
}
