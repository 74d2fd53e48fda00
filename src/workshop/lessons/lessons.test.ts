import { describe, expect, it } from 'vitest';
import { labs } from '../../experiments/registry';
import { formFromLink, type LabContext } from '../../lab/settings';
import { lessons } from './catalogue';

// Machines a room may hold: one core to many.
const MACHINES = [1, 2, 4, 8, 16, 64];

describe('the lessons', () => {
  it('each have a distinct id, a lab in the registry, and 3 to 6 steps', () => {
    expect(new Set(lessons.map((lesson) => lesson.id)).size).toBe(lessons.length);
    for (const lesson of lessons) {
      expect(
        labs.map((lab) => lab.id),
        lesson.id,
      ).toContain(lesson.lab);
      expect(lesson.steps.length, lesson.id).toBeGreaterThanOrEqual(3);
      expect(lesson.steps.length, lesson.id).toBeLessThanOrEqual(6);
      expect(new Set(lesson.steps.map((step) => step.title)).size, lesson.id).toBe(lesson.steps.length);
    }
  });

  it('give every step settings its lab reads from a link, and its lab validates for the step’s action, on any machine', () => {
    for (const lesson of lessons) {
      const lab = labs.find((l) => l.id === lesson.lab)!;
      for (const [index, step] of lesson.steps.entries()) {
        const where = `${lesson.id} step ${index + 1}`;
        const check = step.action === 'run' ? lab.validate : lab.actions?.[step.action];
        expect(check, `${where}: the ${lab.id} lab has an action "${step.action}"`).toBeDefined();
        for (const cores of MACHINES) {
          const context: LabContext = { cores, canShareMemory: true, wasmSimd: true };
          const settings = step.settings(cores);
          // Every setting is one the lab's link knows, with a value the link can hold.
          for (const [key, value] of Object.entries(settings)) {
            const field = lab.fields.find((f) => f.link === key);
            expect(field, `${where}: "${key}" is a link key of the ${lab.id} lab`).toBeDefined();
            if (field?.kind === 'choice')
              expect(
                field.options.map((o) => o.link ?? o.value),
                `${where}: ${key}`,
              ).toContain(value);
            if (field?.kind === 'checkbox') expect(['0', '1'], `${where}: ${key}`).toContain(value);
          }
          const form = formFromLink(lab.fields, new URLSearchParams(settings), lab.defaults(cores));
          const validation = check!(form, context);
          expect(validation.errors, `${where} on ${cores} cores`).toBeNull();
        }
      }
    }
  });

  it('ask every step’s question with a prediction to make, and answer it with a source and an explanation', () => {
    for (const lesson of lessons) {
      for (const step of lesson.steps) {
        for (const text of [step.question, step.source.figure, step.explanation]) {
          expect(typeof text === 'function' ? text(4) : text).toMatch(/\w.*[.?]$/);
        }
        expect(step.source.from).not.toBe('');
        expect(step.actionLabel).not.toBe('');
        if (step.prediction.kind === 'choice') expect(step.prediction.options.length).toBeGreaterThanOrEqual(2);
        else expect(step.prediction.unit).not.toBe('');
      }
    }
  });
});
