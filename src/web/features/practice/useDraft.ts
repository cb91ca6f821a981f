import { useEffect, useRef, useState } from 'react';

const KEY = (questionId: string): string => `secondround:draft:${questionId}`;
const SAVE_DELAY_MS = 300;

/**
 * The answer being written for a question, saved in this browser as you type (and when the
 * tab is hidden or closed), and restored when you come back.
 */
export function useDraft(questionId: string): [string, (text: string) => void, 'saved' | 'saving'] {
  const [text, setText] = useState(() => localStorage.getItem(KEY(questionId)) ?? '');
  const [status, setStatus] = useState<'saved' | 'saving'>('saved');
  const latest = useRef(text);
  latest.current = text;

  useEffect(() => {
    setText(localStorage.getItem(KEY(questionId)) ?? '');
  }, [questionId]);

  useEffect(() => {
    setStatus('saving');
    const save = (): void => {
      if (latest.current) localStorage.setItem(KEY(questionId), latest.current);
      else localStorage.removeItem(KEY(questionId));
      setStatus('saved');
    };
    const timer = window.setTimeout(save, SAVE_DELAY_MS);
    window.addEventListener('pagehide', save);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [questionId, text]);

  return [text, setText, status];
}
