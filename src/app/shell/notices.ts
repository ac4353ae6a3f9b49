import { useCallback, useState } from 'react';

export interface Notice {
  id: number;
  text: string;
}

let nextId = 1;

/** Transient messages to the user (e.g. an invalid link), shown in a polite status region. */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const notify = useCallback((text: string) => {
    setNotices((list) => (list.some((n) => n.text === text) ? list : [...list, { id: nextId++, text }]));
  }, []);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  return { notices, notify, dismiss };
}
