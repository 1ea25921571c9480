'use client';

import type { SetupOption } from '@/lib/content/schema';

type SetupPickerProps = { options: SetupOption[]; chosen: string | undefined; onChoose: (setup: string | undefined) => void };

/** "Your setup": radio buttons; the choice is also written to the address (`?setup=`) so it can be shared. */
export function SetupPicker({ options, chosen, onChoose }: SetupPickerProps) {
  function choose(setup: string | undefined) {
    onChoose(setup);
    const url = new URL(window.location.href);
    if (setup) url.searchParams.set('setup', setup);
    else url.searchParams.delete('setup');
    url.searchParams.delete('done');
    window.history.replaceState(null, '', url);
  }

  const choices = [...options, { id: '', label: 'Not sure: show every step' }];
  return (
    <fieldset className="print-hidden">
      <legend className="text-sm font-semibold">Your setup</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {choices.map((option) => (
          <label key={option.id} className="setup-choice">
            <input
              type="radio"
              name="setup"
              value={option.id}
              checked={(chosen ?? '') === option.id}
              onChange={() => choose(option.id || undefined)}
              className="size-4 accent-teal-700"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
