'use client';

import { useChecklist } from '@/components/checklist/use-checklist';

type StuckStepSelectProps = { slug: string; setupIds: string[]; steps: Array<{ id: string; title: string; setups: string[] }> };

/** Pre-selects the first step the reader has not ticked: usually the one they are stuck on. */
export function StuckStepSelect({ slug, steps, setupIds }: StuckStepSelectProps) {
  const { visible, done } = useChecklist({ slug, steps, setupIds });
  const firstOpen = visible.find((step) => !done.includes(step.id))?.id ?? '';
  const titles = new Map(steps.map((step) => [step.id, step.title]));
  return (
    <select key={firstOpen} name="stuckStep" defaultValue={firstOpen} className="field">
      <option value="">Not sure / none of them</option>
      {visible.map((step, index) => (
        <option key={step.id} value={step.id}>
          {index + 1}. {titles.get(step.id)}
        </option>
      ))}
    </select>
  );
}
