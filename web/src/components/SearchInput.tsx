import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { IconSearch } from './Icons.tsx';

/**
 * A search field that reports its text after the user pauses typing, so a list is not refetched
 * on every keystroke; Enter reports at once.
 */
export function SearchInput({
  label,
  placeholder,
  value,
  onSearch,
  description,
}: {
  label: string;
  placeholder?: string;
  value: string;
  onSearch: (value: string) => void;
  description?: string;
}) {
  const [text, setText] = useState(value);
  const [reported, setReported] = useState(value);
  // Follow the URL when it changes from elsewhere (back button, a link).
  if (value !== reported) {
    setReported(value);
    setText(value);
  }
  const report = useDebouncedCallback((next: string) => {
    setReported(next.trim());
    onSearch(next.trim());
  }, 350);
  return (
    <TextInput
      type="search"
      label={label}
      description={description}
      placeholder={placeholder}
      value={text}
      leftSection={<IconSearch size={16} />}
      onChange={(event) => {
        setText(event.currentTarget.value);
        report(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          report.flush();
        }
      }}
    />
  );
}
